package io.tierbench.bench;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.importer.csv.internal.CsvImporter;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/**
 * One measured load of a generated shop's orders into a fresh H2 file database, run in a JVM of its own (by
 * {@link ImportBenchmark}) so that its heap figures are the load's alone. Prints one {@link TrialResult} line.
 *
 * <p>Arguments: LOADER DATA_DIRECTORY DATABASE_DIRECTORY, the loader being one of {@link Loader}'s names.
 */
final class ImportTrial {

    /** The loaders compared, all into an H2 file database with H2's default settings. */
    enum Loader {
        /** Tierbench's CSV importer into the H2 repository: customers, then orders, each in one transaction. */
        TIERBENCH("tierbench"),
        /** {@code CREATE TABLE AS SELECT * FROM CSVREAD}: every column text, no key; H2's quickest load. */
        CSVREAD("csvread"),
        /** {@code CSVREAD} into the column types and primary key of Tierbench's {@code orders} table. */
        CSVREAD_KEYED("csvread-keyed"),
        /** The same plus Tierbench's customer index: the very table the repository writes. */
        CSVREAD_INDEXED("csvread-indexed");

        private final String label;

        Loader(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Loader named(String label) {
            return Stream.of(values()).filter(loader -> loader.label.equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown loader " + label));
        }
    }

    /** Tierbench's orders table as V1__initial_schema.sql creates it (the repository's migration). */
    static final String ORDERS_TABLE = "CREATE TABLE orders ("
            + "order_id VARCHAR(255) NOT NULL PRIMARY KEY, customer_id VARCHAR(255) NOT NULL, "
            + "ordered_at TIMESTAMP(9) NOT NULL, amount DECIMAL(19, 4) NOT NULL, currency VARCHAR(16) NOT NULL, "
            + "quantity INTEGER NOT NULL, sku VARCHAR, category VARCHAR, status VARCHAR(16) NOT NULL)";
    static final String ORDERS_INDEX = "CREATE INDEX orders_customer ON orders (customer_id)";

    private static final String TOTALS = "SELECT COUNT(*), SUM(CAST(amount AS DECIMAL(19, 4))) FROM orders";

    private ImportTrial() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ImportTrial LOADER DATA_DIRECTORY DATABASE_DIRECTORY");
        }
        TrialResult result = run(Loader.named(args[0]), Paths.get(args[1]), Paths.get(args[2]));
        System.out.println(result.format());
    }

    /** Loads the shop in {@code data} into a new database under {@code db}, deleting what was there. */
    static TrialResult run(Loader loader, Path data, Path db) throws Exception {
        deleteDirectory(db);
        Files.createDirectories(db);
        String url = "jdbc:h2:file:" + db.toAbsolutePath().resolve("trial");
        Path orders = data.toAbsolutePath().resolve("orders.csv");
        return loader == Loader.TIERBENCH ? tierbench(url, data.toAbsolutePath().resolve("customers.csv"), orders)
                : csvread(loader, url, orders);
    }

    private static TrialResult tierbench(String url, Path customersFile, Path ordersFile) throws Exception {
        H2Database database = new H2Database(new OsgiDataSourceFactory(new Driver()), configuration(url));
        Loaded loaded;
        long closing;
        try {
            CallTimer timer = new CallTimer();
            CustomerRepository repository = timer.wrap(new H2CustomerRepository(database));
            CsvImporter importer = new CsvImporter();
            long started = System.nanoTime();
            requireClean(importer.importFile(customersFile, new ImportRequest(EntityKind.CUSTOMERS, false),
                    repository));
            long customersMillis = millisSince(started);
            Map<String, Long> ordersCalls = new TreeMap<>(timer.millis());
            ordersCalls.replaceAll((call, millis) -> -millis);

            Measure measure = Measure.start();
            requireClean(importer.importFile(ordersFile, new ImportRequest(EntityKind.ORDERS, false), repository));
            measure.stop();
            timer.millis().forEach((call, millis) -> ordersCalls.merge(call, millis, Long::sum));
            ordersCalls.values().removeIf(millis -> millis == 0);
            loaded = new Loaded(customersMillis, measure, totals(url), ordersCalls);
        } finally {
            closing = System.nanoTime();
            database.close();
        }
        return loaded.result(Loader.TIERBENCH, millisSince(closing));
    }

    private static TrialResult csvread(Loader loader, String url, Path ordersFile) throws SQLException {
        String read = "CSVREAD('" + ordersFile.toString().replace("'", "''") + "', NULL, 'charset=UTF-8')";
        Connection connection = connect(url);
        Loaded loaded;
        long closing;
        try (Statement statement = connection.createStatement()) {
            if (loader != Loader.CSVREAD) {
                statement.execute(ORDERS_TABLE);
            }
            if (loader == Loader.CSVREAD_INDEXED) {
                statement.execute(ORDERS_INDEX);
            }
            Measure measure = Measure.start();
            statement.execute(loader == Loader.CSVREAD ? "CREATE TABLE orders AS SELECT * FROM " + read
                    : "INSERT INTO orders SELECT * FROM " + read);
            measure.stop();
            loaded = new Loaded(0, measure, totals(statement), Map.of());
        } finally {
            closing = System.nanoTime();
            connection.close();
        }
        return loaded.result(loader, millisSince(closing));
    }

    /** Wall time, peak heap and collector time of one load, from a collection onwards. */
    private static final class Measure {
        private final long gcBefore;
        private final long started;
        private final long startedEpochMillis;
        private long millis;
        private long peakHeapMb;
        private long gcMillis;

        private Measure() {
            PeakHeap.reset();
            gcBefore = gcMillis();
            startedEpochMillis = System.currentTimeMillis();
            started = System.nanoTime();
        }

        static Measure start() {
            return new Measure();
        }

        void stop() {
            millis = millisSince(started);
            peakHeapMb = PeakHeap.megabytes();
            gcMillis = gcMillis() - gcBefore;
        }
    }

    private record Loaded(long customersMillis, Measure orders, Totals totals, Map<String, Long> calls) {
        TrialResult result(Loader loader, long closeMillis) {
            return new TrialResult(loader.label(), customersMillis, orders.startedEpochMillis, orders.millis,
                    orders.peakHeapMb, orders.gcMillis, totals.rows, totals.amountSum, closeMillis, calls);
        }
    }

    private record Totals(long rows, BigDecimal amountSum) {
    }

    /** The repository's configuration: its defaults (user, batch size) with the trial's database. */
    private static H2RepositoryConfiguration configuration(String url) {
        return ComponentConfigurations.of(H2RepositoryConfiguration.class, Map.of("url", url));
    }

    /** Connects as the repository does, so that every loader's database is made alike. */
    private static Connection connect(String url) throws SQLException {
        H2RepositoryConfiguration defaults = configuration(url);
        return DriverManager.getConnection(url, defaults.user(), defaults.password());
    }

    private static Totals totals(String url) throws SQLException {
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            return totals(statement);
        }
    }

    private static Totals totals(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery(TOTALS)) {
            row.next();
            return new Totals(row.getLong(1), row.getBigDecimal(2));
        }
    }

    private static void requireClean(ImportReport report) {
        if (!report.committed() || report.rejected() > 0) {
            throw new IllegalStateException(report.file() + ": expected every row stored, got " + report.rejected()
                    + " rejected rows, first " + report.errors().stream().findFirst().orElse(null));
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(millis -> millis > 0).sum();
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    static void deleteDirectory(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }
}
