package io.tierbench.repository.h2.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.CustomerPage;
import io.tierbench.api.repository.CustomerQuery;
import io.tierbench.api.repository.CustomerSort;
import io.tierbench.api.repository.LabelCriterion;
import io.tierbench.api.repository.RepositoryTransaction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/**
 * Times the customer table's page query on 100 000 customers (not a test: tests never time things). Run from the
 * module folder after {@code mvn test-compile}:
 *
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.tierbench.repository.h2.internal.CustomerPageBench [customers] [repetitions]
 * </pre>
 *
 * It builds a file database under {@code target/bench-customer-page/db-<customers>}, or reuses the one there
 * (100 000 customers, three purchases each for
 * 90 % of them, one run labelling every customer with one of eleven RFM segments, seed 42), then runs each query
 * shape {@code repetitions} times after as many warm-up runs and prints the median and the 90th percentile.
 */
public final class CustomerPageBench {

    private static final String[] SEGMENTS = {"champions", "loyal-customers", "potential-loyalist", "new-customers",
        "promising", "need-attention", "about-to-sleep", "at-risk", "cant-lose-them", "hibernating", "lost"};
    private static final String[] CITIES = {"杭州", "苏州", "上海", "北京", "深圳", "广州", "成都", "南京"};

    private CustomerPageBench() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 51;
        // Kept between runs: filling 100 000 customers takes minutes; a database of the same size is reused.
        Path location = Path.of("target", "bench-customer-page", "db-" + customers, "tierbench").toAbsolutePath();
        // Batches of 1000 as configured by default, not the tests' tiny ones.
        try (H2Database database = new H2Database(new OsgiDataSourceFactory(new Driver()),
                new H2Settings("jdbc:h2:file:" + location, "sa", "", 1000))) {
            H2CustomerRepository repository = new H2CustomerRepository(database);
            long runId = repository.countCustomers() == customers
                    ? new H2RunRepository(database).latestRun().orElseThrow().runId()
                    : fill(database, repository, customers);
            LabelCriterion champions = new LabelCriterion("rfm", "segment", "champions");
            time("label filter, by spend desc, page 1 of 50", repetitions, repository, new CustomerQuery(runId,
                    List.of(champions), null, null, true, CustomerSort.TOTAL_SPEND, true, 1, 50));
            time("label filter, by id, page 1 of 50", repetitions, repository, new CustomerQuery(runId,
                    List.of(champions), null, null, true, CustomerSort.ID, false, 1, 50));
            time("label filter, by last purchase, page 100 of 50", repetitions, repository, new CustomerQuery(runId,
                    List.of(champions), null, null, true, CustomerSort.LAST_PURCHASE, true, 100, 50));
            time("no filter, by id, page 1 of 50", repetitions, repository, CustomerQuery.all(50));
            time("no filter, by spend desc, page 1 of 50", repetitions, repository, new CustomerQuery(null,
                    List.of(), null, null, true, CustomerSort.TOTAL_SPEND, true, 1, 50));
            time("text '杭州' + label filter, by name, page 1 of 50", repetitions, repository, new CustomerQuery(runId,
                    List.of(champions), null, "杭州", true, CustomerSort.NAME, false, 1, 50));
        }
    }

    private static long fill(H2Database database, H2CustomerRepository repository, int count) {
        Random random = new Random(42);
        long started = System.nanoTime();
        List<Classification> labels = new ArrayList<>(count);
        for (int from = 0; from < count; from += 10_000) {
            List<Customer> customers = new ArrayList<>();
            List<Order> orders = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 10_000); i++) {
                String id = String.format("C%06d", i);
                customers.add(new Customer(id, "客户" + random.nextInt(1_000_000), CustomerType.PERSON,
                        "138" + String.format("%08d", random.nextInt(100_000_000)), null, null, null, null, null,
                        null, null, null, CITIES[random.nextInt(CITIES.length)], null, null, null, null, null,
                        Map.of()));
                if (random.nextInt(10) > 0) {
                    for (int o = 0; o < 3; o++) {
                        orders.add(new Order(id + "-" + o, id, LocalDateTime.of(2024, 1, 1, 10, 0)
                                .plusDays(random.nextInt(900)), BigDecimal.valueOf(random.nextInt(500_000), 2), null,
                                1, null, null, OrderStatus.COMPLETED));
                    }
                }
                // Skewed like real segments: the first ones are rarer.
                String segment = SEGMENTS[Math.min(SEGMENTS.length - 1, (int) Math.abs(random.nextGaussian() * 4))];
                labels.add(new Classification(id, "segment", new Label(segment, segment, segment), Map.of(), "bench"));
            }
            try (RepositoryTransaction transaction = repository.begin()) {
                transaction.upsertCustomers(customers);
                transaction.upsertOrders(orders);
                transaction.commit();
            }
        }
        H2RunRepository runs = new H2RunRepository(database);
        long runId = runs.startRun(LocalDate.of(2026, 6, 30));
        runs.saveResults(runId, new ClassifierInfo("rfm", null, null, null), "", labels);
        runs.finishRun(runId);
        System.out.printf("filled %d customers, %d orders in %.1f s%n", repository.countCustomers(),
                repository.countOrders(), (System.nanoTime() - started) / 1e9);
        return runId;
    }

    private static void time(String name, int repetitions, H2CustomerRepository repository, CustomerQuery query) {
        CustomerPage page = null;
        for (int i = 0; i < repetitions; i++) {
            page = repository.customers(query);
        }
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long started = System.nanoTime();
            page = repository.customers(query);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-50s median %6.2f ms, p90 %6.2f ms (%d rows of %d matching)%n", name,
                millis[repetitions / 2], millis[(int) (repetitions * 0.9)], page.entries().size(), page.total());
    }
}
