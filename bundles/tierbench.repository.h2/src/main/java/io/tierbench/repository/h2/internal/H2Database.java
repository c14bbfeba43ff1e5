package io.tierbench.repository.h2.internal;

import io.tierbench.api.repository.RepositoryException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database: brings the schema up to date on activation and hands out connections. It keeps one
 * connection open for its whole life, because an embedded H2 database closes (and is reopened, with recovery)
 * whenever its last connection closes.
 *
 * <p>Registered under its own, bundle-private type so that both repositories share one database and are restarted
 * together when the configuration changes.
 */
@Component(service = H2Database.class, configurationPid = H2Database.PID)
@Designate(ocd = H2RepositoryConfiguration.class)
public final class H2Database implements AutoCloseable {

    static final String PID = "tierbench.repository.h2";

    private static final Logger LOG = LoggerFactory.getLogger(H2Database.class);

    private final DataSource dataSource;
    private final H2Settings settings;
    private final Connection keepOpen;

    @Activate
    public H2Database(@Reference(name = "dataSourceFactory",
            target = "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.h2.Driver)")
            DataSourceFactory dataSourceFactory, H2RepositoryConfiguration config) {
        this(dataSourceFactory, H2Settings.from(config, System.getProperty("karaf.data")));
    }

    H2Database(DataSourceFactory dataSourceFactory, H2Settings settings) {
        this.settings = settings;
        this.dataSource = createDataSource(dataSourceFactory, settings);
        this.keepOpen = connect("open the database");
        try {
            new SchemaMigrator(keepOpen).migrate();
        } catch (RuntimeException e) {
            closeKeptConnection(e);
            throw e;
        }
        LOG.info("Tierbench repository opened {}", settings.url());
    }

    /** @return rows per round trip, from {@code batch.size} */
    int batchSize() {
        return settings.batchSize();
    }

    /** @return rows per page of a streaming read: ten batches, so that a read costs few round trips */
    int pageSize() {
        return settings.batchSize() * 10;
    }

    /**
     * Opens a connection in auto-commit mode; the caller closes it.
     *
     * @param operation what the connection is for, named in the error
     */
    Connection connect(String operation) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new RepositoryException(operation + ": cannot connect to " + settings.url() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Runs read-only work on a connection of its own, in a snapshot: a read that pages through a table sees the
     * same data on every page, whatever commits meanwhile.
     */
    <R> R read(String operation, SqlWork<R> work) {
        try (Connection connection = connect(operation)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            connection.setAutoCommit(false);
            R result = work.run(connection);
            connection.rollback();
            return result;
        } catch (SQLException e) {
            throw new RepositoryException(operation + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs work in one database transaction: committed when it returns, rolled back when it throws. */
    <R> R write(String operation, SqlWork<R> work) {
        try (Connection connection = connect(operation)) {
            connection.setAutoCommit(false);
            try {
                R result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                Transactions.rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new RepositoryException(operation + " failed, nothing was written: " + e.getMessage(), e);
        }
    }

    @Deactivate
    @Override
    public void close() {
        try {
            keepOpen.close();
            LOG.info("Tierbench repository closed {}", settings.url());
        } catch (SQLException e) {
            throw new RepositoryException("close the database " + settings.url() + ": " + e.getMessage(), e);
        }
    }

    private void closeKeptConnection(RuntimeException cause) {
        try {
            keepOpen.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static DataSource createDataSource(DataSourceFactory factory, H2Settings settings) {
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, settings.url());
        properties.setProperty(DataSourceFactory.JDBC_USER, settings.user());
        properties.setProperty(DataSourceFactory.JDBC_PASSWORD, settings.password());
        try {
            return factory.createDataSource(properties);
        } catch (SQLException e) {
            throw new RepositoryException("create a data source for " + settings.url() + ": " + e.getMessage(), e);
        }
    }
}
