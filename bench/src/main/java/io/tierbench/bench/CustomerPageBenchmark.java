package io.tierbench.bench;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.CustomerPage;
import io.tierbench.api.repository.CustomerQuery;
import io.tierbench.api.repository.CustomerSort;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.LabelCriterion;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.classifier.rfm.internal.RfmClassifier;
import io.tierbench.classifier.rfm.internal.RfmConfiguration;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.engine.internal.BenchEngine;
import io.tierbench.importer.csv.internal.CsvImporter;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import io.tierbench.repository.h2.internal.H2RunRepository;
import io.tierbench.samples.SampleShopGenerator;
import io.tierbench.samples.ShopParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/**
 * Times the workbench's customer table ({@code CustomerRepository.customers}) on a generated shop: each query shape
 * is run a number of times to warm up, then timed a number of times in the same JVM, and its median and 90th
 * percentile printed as Markdown rows for bench/README.md.
 *
 * <p>The database is built the way a user builds it: the sample generator's CSV files (seed 20260630, end date
 * 2026-06-30) imported by {@code CsvImporter} into {@code H2CustomerRepository}, then one RFM run through the
 * engine's run path, so the labels are RFM's real segments. It is kept under the work directory and reused while
 * it holds the same shop and a finished run (filling 100 000 customers takes minutes); opening it applies any new
 * schema migration, as in a real upgrade.
 *
 * <p>Before timing, every shape's page and total are checked against a plain reference statement (every matching
 * customer joined to its facts, sorted, then {@code LIMIT/OFFSET}), so a fast answer is also the right one.
 *
 * <p>Arguments: CUSTOMERS ORDERS WORK_DIRECTORY [WARM_UP [RUNS]].
 */
public final class CustomerPageBenchmark {

    private static final long SEED = 20260630L;
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final String CITY = "杭州";
    private static final int PAGE_SIZE = 50;

    private final H2CustomerRepository repository;
    private final String jdbcUrl;
    private final int warmUp;
    private final int runs;

    private CustomerPageBenchmark(H2CustomerRepository repository, String jdbcUrl, int warmUp, int runs) {
        this.repository = repository;
        this.jdbcUrl = jdbcUrl;
        this.warmUp = warmUp;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: CustomerPageBenchmark CUSTOMERS ORDERS WORK_DIRECTORY "
                    + "[WARM_UP [RUNS]]");
        }
        ShopParameters shop = new ShopParameters(Integer.parseInt(args[0]), Long.parseLong(args[1]), SEED, AS_OF);
        Path work = Paths.get(args[2]).toAbsolutePath();
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 31;
        System.out.printf("load average before: %s%n", loadAverage());
        Path db = work.resolve("db-" + shop.customers() + "-" + shop.orders()).resolve("tierbench");
        String url = "jdbc:h2:file:" + db;
        long opening = System.nanoTime();
        try (H2Database database = new H2Database(new OsgiDataSourceFactory(new Driver()),
                ComponentConfigurations.of(H2RepositoryConfiguration.class, Map.of("url", url)))) {
            // Opening applies any schema migration the reused database lacks.
            System.out.printf("opened the database in %.1f s%n", seconds(opening));
            H2CustomerRepository customers = new H2CustomerRepository(database);
            H2RunRepository runRepository = new H2RunRepository(database);
            long runId = reusableRun(customers, runRepository, shop)
                    .orElseGet(() -> fill(customers, runRepository, shop, work));
            System.out.printf("database %s: %,d customers, %,d orders, run %d%n", db, customers.countCustomers(),
                    customers.countOrders(), runId);
            new CustomerPageBenchmark(customers, url, warmUp, runs).measure(shapes(runRepository, runId));
        }
        System.out.printf("load average after: %s%n", loadAverage());
    }

    /** @return the run to filter by when the database already holds this shop and a finished run */
    private static Optional<Long> reusableRun(H2CustomerRepository customers, H2RunRepository runs,
            ShopParameters shop) {
        Optional<RunInfo> latest = runs.latestRun();
        if (customers.countCustomers() == shop.customers() && latest.isPresent()
                && latest.get().finishedAt() != null) {
            System.out.println("reusing the database");
            return Optional.of(latest.get().runId());
        }
        if (customers.countCustomers() > 0) {
            throw new IllegalStateException("the database holds another shop or an unfinished run; delete it");
        }
        return Optional.empty();
    }

    private static long fill(H2CustomerRepository customers, H2RunRepository runs, ShopParameters shop, Path work) {
        try {
            Path data = work.resolve("data-" + shop.customers() + "-" + shop.orders());
            long started = System.nanoTime();
            SampleShopGenerator.Summary generated = SampleShopGenerator.generate(shop, data);
            System.out.printf("generated %,d customers, %,d orders in %.1f s%n", generated.customers(),
                    generated.orders(), seconds(started));
            CsvImporter importer = new CsvImporter();
            started = System.nanoTime();
            ImportReport customersReport = importer.importFile(data.resolve("customers.csv"),
                    new ImportRequest(EntityKind.CUSTOMERS, false), customers);
            System.out.printf("imported customers in %.1f s: %d rows, %d rejected%n", seconds(started),
                    customersReport.rows(), customersReport.rejected());
            started = System.nanoTime();
            ImportReport ordersReport = importer.importFile(data.resolve("orders.csv"),
                    new ImportRequest(EntityKind.ORDERS, false), customers);
            System.out.printf("imported orders in %.1f s: %d rows, %d rejected%n", seconds(started),
                    ordersReport.rows(), ordersReport.rejected());
            started = System.nanoTime();
            long runId = BenchEngine.run(customers, runs, AS_OF, new ClassifierInfo("rfm", "RFM", "1.0.0", Map.of()),
                    new RfmClassifier(ComponentConfigurations.of(RfmConfiguration.class, Map.of()))).runId();
            System.out.printf("RFM run %d in %.1f s%n", runId, seconds(started));
            return runId;
        } catch (IOException | ImportException e) {
            throw new IllegalStateException("cannot build the shop: " + e.getMessage(), e);
        }
    }

    /** The shapes measured: the workbench's default, then each sort with and without filters. */
    private static List<Shape> shapes(H2RunRepository runs, long runId) {
        List<LabelCount> segments = runs.labelDistribution(runId).stream()
                .filter(count -> count.classifierId().equals("rfm") && count.scheme().equals("segment"))
                .sorted(Comparator.comparingLong(LabelCount::customers)).toList();
        LabelCount largest = segments.get(segments.size() - 1);
        LabelCount smallest = segments.get(0);
        System.out.printf("RFM segments: %s%n", segments.stream()
                .map(count -> count.label().key() + " " + count.customers()).toList());
        String big = largest.label().key() + " (" + largest.customers() + ")";
        String small = smallest.label().key() + " (" + smallest.customers() + ")";
        List<LabelCriterion> bigLabel = List.of(new LabelCriterion("rfm", "segment", largest.label().key()));
        List<LabelCriterion> smallLabel = List.of(new LabelCriterion("rfm", "segment", smallest.label().key()));
        List<LabelCriterion> none = List.of();
        Long noRun = null;
        return List.of(
                new Shape("no filter", "id", 1, new CustomerQuery(noRun, none, null, null, true, CustomerSort.ID,
                        false, 1, PAGE_SIZE)),
                new Shape("no filter", "total spend desc", 1, query(noRun, none, null, CustomerSort.TOTAL_SPEND,
                        true, 1)),
                new Shape("no filter", "total spend asc", 1, query(noRun, none, null, CustomerSort.TOTAL_SPEND,
                        false, 1)),
                new Shape("no filter", "last purchase desc", 1, query(noRun, none, null, CustomerSort.LAST_PURCHASE,
                        true, 1)),
                new Shape("no filter", "name", 1, query(noRun, none, null, CustomerSort.NAME, false, 1)),
                new Shape("no filter", "total spend desc", 100, query(noRun, none, null, CustomerSort.TOTAL_SPEND,
                        true, 100)),
                new Shape("label " + big, "id", 1, query(runId, bigLabel, null, CustomerSort.ID, false, 1)),
                new Shape("label " + big, "id", 100, query(runId, bigLabel, null, CustomerSort.ID, false, 100)),
                new Shape("label " + big, "total spend desc", 1, query(runId, bigLabel, null,
                        CustomerSort.TOTAL_SPEND, true, 1)),
                new Shape("label " + big, "total spend asc", 1, query(runId, bigLabel, null,
                        CustomerSort.TOTAL_SPEND, false, 1)),
                new Shape("label " + big, "last purchase desc", 100, query(runId, bigLabel, null,
                        CustomerSort.LAST_PURCHASE, true, 100)),
                new Shape("label " + big, "name desc", 1, query(runId, bigLabel, null, CustomerSort.NAME, true, 1)),
                new Shape("label " + small, "total spend desc", 1, query(runId, smallLabel, null,
                        CustomerSort.TOTAL_SPEND, true, 1)),
                new Shape("label " + small, "last purchase asc", 1, query(runId, smallLabel, null,
                        CustomerSort.LAST_PURCHASE, false, 1)),
                new Shape("text '" + CITY + "'", "total spend desc", 1, query(noRun, none, CITY,
                        CustomerSort.TOTAL_SPEND, true, 1)),
                new Shape("text '" + CITY + "' + label " + big, "name", 1, query(runId, bigLabel, CITY,
                        CustomerSort.NAME, false, 1)));
    }

    private static CustomerQuery query(Long runId, List<LabelCriterion> labels, String text, CustomerSort sort,
            boolean descending, int page) {
        return new CustomerQuery(runId, labels, null, text, true, sort, descending, page, PAGE_SIZE);
    }

    private void measure(List<Shape> shapes) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "")) {
            for (Shape shape : shapes) {
                check(connection, shape);
            }
        }
        System.out.printf("every page checked against the reference statement; %d warm-up runs, then %d timed%n",
                warmUp, runs);
        System.out.println();
        System.out.println("| filter | sort | page | rows (matching) | median ms | p90 ms | max ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (Shape shape : shapes) {
            for (int i = 0; i < warmUp; i++) {
                repository.customers(shape.query());
            }
            double[] millis = new double[runs];
            CustomerPage page = null;
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                page = repository.customers(shape.query());
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %d (%,d) | %.1f | %.1f | %.1f |%n", shape.filter(),
                    shape.sort(), shape.page(), page.entries().size(), page.total(), millis[runs / 2],
                    millis[(int) Math.ceil(runs * 0.9) - 1], millis[runs - 1]);
        }
    }

    /** Compares the repository's page and total with the reference statement's, or fails. */
    private void check(Connection connection, Shape shape) throws SQLException {
        CustomerPage page = repository.customers(shape.query());
        List<String> ids = page.entries().stream().map(entry -> entry.customer().externalId()).toList();
        Reference reference = Reference.of(shape.query());
        List<String> expected = new ArrayList<>();
        try (PreparedStatement select = reference.prepare(connection, reference.pageSql());
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                expected.add(rows.getString(1));
            }
        }
        long total;
        try (PreparedStatement select = reference.prepare(connection, reference.countSql());
                ResultSet rows = select.executeQuery()) {
            rows.next();
            total = rows.getLong(1);
        }
        if (!ids.equals(expected) || page.total() != total) {
            throw new IllegalStateException(shape + ": the repository answered " + ids + " of " + page.total()
                    + ", the reference " + expected + " of " + total);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip() + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private record Shape(String filter, String sort, int page, CustomerQuery query) {
    }

    /**
     * The plainest statement for a query, written here apart from the repository's: every matching customer outer
     * joined to its facts, sorted as {@link CustomerSort} documents, then the page cut out.
     */
    private record Reference(String where, List<Object> parameters, String orderBy, CustomerQuery query) {

        static Reference of(CustomerQuery query) {
            StringBuilder where = new StringBuilder(" WHERE TRUE");
            List<Object> parameters = new ArrayList<>();
            for (LabelCriterion label : query.labels()) {
                where.append(" AND c.external_id IN (SELECT customer_id FROM classifications WHERE run_id = ? AND "
                        + "classifier_id = ? AND scheme = ? AND label_key = ?)");
                parameters.addAll(List.of(query.runId(), label.classifierId(), label.scheme(), label.labelKey()));
            }
            if (query.text() != null) {
                // The shapes' texts hold no LIKE wildcards.
                where.append(" AND (LOWER(c.external_id) LIKE ? OR LOWER(c.city) LIKE ? OR LOWER(c.name) LIKE ? "
                        + "OR c.phone LIKE ?)");
                String pattern = "%" + query.text().toLowerCase(Locale.ROOT) + "%";
                parameters.addAll(List.of(pattern, pattern, pattern, pattern));
            }
            String direction = query.descending() ? " DESC" : " ASC";
            String orderBy = switch (query.sort()) {
                case ID -> " ORDER BY c.external_id" + direction;
                case NAME -> " ORDER BY CASE WHEN c.name IS NULL THEN 1 ELSE 0 END, c.name" + direction
                        + ", c.external_id";
                case TOTAL_SPEND -> " ORDER BY COALESCE(f.total_spend, 0)" + direction + ", c.external_id";
                case LAST_PURCHASE -> " ORDER BY CASE WHEN f.last_purchase IS NULL THEN 1 ELSE 0 END, "
                        + "f.last_purchase" + direction + ", c.external_id";
            };
            return new Reference(where.toString(), parameters, orderBy, query);
        }

        String pageSql() {
            return "SELECT c.external_id FROM customers c LEFT JOIN purchase_facts f ON f.customer_id = c.external_id"
                    + where + orderBy + " LIMIT " + query.size() + " OFFSET " + query.offset();
        }

        String countSql() {
            return "SELECT COUNT(*) FROM customers c" + where;
        }

        PreparedStatement prepare(Connection connection, String sql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        }
    }
}
