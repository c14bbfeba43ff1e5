package io.tierbench.importer.wecom.internal;

import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/** The real H2 repository in an in-memory database of its own, as the tests count stored rows in it. */
final class H2Repository implements AutoCloseable {

    private final H2Database database;
    private final H2CustomerRepository repository;

    H2Repository() {
        Map<String, Object> values = Map.of("url", "jdbc:h2:mem:wecom-" + System.nanoTime(), "user", "sa",
                "password", "");
        database = new H2Database(new OsgiDataSourceFactory(new Driver()), configuration(values));
        repository = new H2CustomerRepository(database);
    }

    H2CustomerRepository repository() {
        return repository;
    }

    @Override
    public void close() throws Exception {
        database.close();
    }

    /** The configuration as Declarative Services would build it: the given values, else each attribute's default. */
    private static H2RepositoryConfiguration configuration(Map<String, Object> values) {
        return (H2RepositoryConfiguration) Proxy.newProxyInstance(H2RepositoryConfiguration.class.getClassLoader(),
                new Class<?>[] {H2RepositoryConfiguration.class}, (self, method, args) -> switch (method.getName()) {
                    case "annotationType" -> H2RepositoryConfiguration.class;
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    case "toString" -> "H2RepositoryConfiguration" + values;
                    default -> values.containsKey(method.getName()) ? values.get(method.getName())
                            : method.getDefaultValue();
                });
    }
}
