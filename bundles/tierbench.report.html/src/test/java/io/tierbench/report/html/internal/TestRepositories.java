package io.tierbench.report.html.internal;

import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import io.tierbench.repository.h2.internal.H2RunRepository;
import java.util.Map;
import java.util.UUID;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/** The real H2 repositories over an in-memory database of their own, closed with the database. */
final class TestRepositories implements AutoCloseable {

    final CustomerRepository customers;
    final RunRepository runs;
    private final H2Database database;

    TestRepositories() {
        H2RepositoryConfiguration configuration = ComponentConfigurations.of(H2RepositoryConfiguration.class,
                Map.of("url", "jdbc:h2:mem:report-html-" + UUID.randomUUID(), "user", "sa", "password", ""));
        database = new H2Database(new OsgiDataSourceFactory(new Driver()), configuration);
        customers = new H2CustomerRepository(database);
        runs = new H2RunRepository(database);
    }

    @Override
    public void close() {
        database.close();
    }
}
