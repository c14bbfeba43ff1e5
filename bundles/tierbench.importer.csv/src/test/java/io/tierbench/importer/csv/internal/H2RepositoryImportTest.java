package io.tierbench.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The importer against the real H2 repository, in an in-memory database of its own per test. */
class H2RepositoryImportTest {

    private final TestFiles files = new TestFiles(H2RepositoryImportTest.class);
    private final CsvImporter importer = new CsvImporter();
    private H2Database database;
    private H2CustomerRepository repository;

    @BeforeEach
    void openDatabase() {
        database = new H2Database(new OsgiDataSourceFactory(new Driver()), inMemory("importer-" + System.nanoTime()));
        repository = new H2CustomerRepository(database);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void importsCustomersOrdersAndInteractionsAndKeepsPurchaseFacts() throws ImportException {
        importer.importFile(files.lines("customers.csv", "客户编号,客户名称,城市", "C1,张伟,杭州", "C2,王芳,苏州"),
                new ImportRequest(EntityKind.CUSTOMERS, false), repository);
        Path orders = files.lines("orders.csv", "order_id,customer_id,ordered_at,amount,status",
                "O1,C1,2026-01-05 10:00,100.00,completed", "O2,C1,2026-02-05 10:00,50.50,completed",
                "O3,C1,2026-03-05 10:00,999.00,refunded", "O4,C3,2026-03-05 10:00,1.00,completed");

        ImportReport first = importer.importFile(orders, new ImportRequest(EntityKind.ORDERS, false), repository);
        ImportReport again = importer.importFile(orders, new ImportRequest(EntityKind.ORDERS, false), repository);

        assertEquals(List.of(new RowError("orders.csv", 5, "customer_id", "C3",
                "unknown customer: import the customers first, or import with unknown customers created")),
                first.errors());
        assertEquals(List.of(3L, 0L, 0L), List.of(first.inserted(), first.updated(), first.unchanged()));
        assertEquals(List.of(0L, 0L, 3L), List.of(again.inserted(), again.updated(), again.unchanged()));
        assertEquals(3, repository.countOrders());
        List<PurchaseFacts> facts = new ArrayList<>();
        repository.forEachPurchaseFacts(null, null, facts::add);
        assertEquals(2, facts.get(0).purchaseCount());
        assertEquals(0, new BigDecimal("150.50").compareTo(facts.get(0).totalSpend()));
        assertEquals(0, facts.get(1).purchaseCount());
    }

    @Test
    void strictImportWithABadRowLeavesTheDatabaseAsItWas() throws ImportException {
        importer.importFile(files.lines("strict-customers.csv", "external_id,name", "C1,张伟"),
                new ImportRequest(EntityKind.CUSTOMERS, false), repository);
        Path orders = files.lines("strict-orders.csv", "order_id,customer_id,ordered_at,amount",
                "O1,C1,2026-01-05,100.00", "O2,C1,2026-01-06,abc");

        ImportReport report = importer.importFile(orders, new ImportRequest(EntityKind.ORDERS, true), repository);

        assertEquals(false, report.committed());
        assertEquals(0, repository.countOrders());
        List<OrderStatus> statuses = new ArrayList<>();
        repository.forEachOrderOf("C1", order -> statuses.add(order.status()));
        assertEquals(List.of(), statuses);
    }

    @Test
    void importsTheBundledDemoShopWithoutARejectedRow() throws ImportException, IOException {
        long customers = importDemoFile("customers.csv", EntityKind.CUSTOMERS);
        long orders = importDemoFile("orders.csv", EntityKind.ORDERS);
        long interactions = importDemoFile("interactions.csv", EntityKind.INTERACTIONS);

        assertEquals(List.of(customers, orders, interactions), List.of(repository.countCustomers(),
                repository.countOrders(), repository.countInteractions()));
    }

    /** @return the rows imported, after checking that none was rejected */
    private long importDemoFile(String name, EntityKind kind) throws ImportException, IOException {
        Path file = files.bytes("demo-" + name, demoFile(name));
        ImportReport report = importer.importFile(file, new ImportRequest(kind, true), repository);
        assertEquals(List.of(), report.errors());
        assertEquals(report.rows(), report.inserted());
        assertEquals(Files.readAllLines(file).size() - 1, report.rows());
        return report.rows();
    }

    private static byte[] demoFile(String name) throws IOException {
        try (InputStream in = H2RepositoryImportTest.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IOException("samples/" + name + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    private static H2RepositoryConfiguration inMemory(String name) {
        return new H2RepositoryConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return H2RepositoryConfiguration.class;
            }

            @Override
            public String url() {
                return "jdbc:h2:mem:" + name;
            }

            @Override
            public String user() {
                return "sa";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public int batch_size() {
                return 1000;
            }
        };
    }
}
