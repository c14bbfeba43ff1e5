package io.tierbench.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    void aGbkFileAsChineseExcelSavesItIsStoredAndItsReimportChangesNothing() throws ImportException {
        // What WPS or Excel (zh-CN) writes for "CSV (逗号分隔)": GBK, CRLF, Chinese headers with units, ￥ amounts
        // (the full-width sign: GBK has no ¥) with thousands separators, dates with slashes, a tags cell quoted
        // because it holds commas.
        String sheet = "客户编号,客户名称,手机,省份,城市,标签\r\n"
                + "K1,张伟,13812345678,浙江,杭州,\"老客户,VIP\"\r\n"
                + "K2,深圳芯片贸易有限公司,0755-8888,广东,深圳,\r\n";
        String orders = "订单编号,客户编号,下单时间,订单金额（元）,订单状态\r\n"
                + "S1,K1,2024/3/5 14:30,\"￥12,800.00\",已完成\r\n"
                + "S2,K1,2024/3/9,\"￥1,280.00\",已退款\r\n"
                + "S3,K2,2024年4月1日,\"￥356,000.00\",已完成\r\n";
        Path customersFile = files.bytes("客户.csv", sheet.getBytes(Charset.forName("GBK")));
        Path ordersFile = files.bytes("订单.csv", orders.getBytes(Charset.forName("GBK")));

        importer.importFile(customersFile, new ImportRequest(EntityKind.CUSTOMERS, false), repository);
        ImportReport first = importer.importFile(ordersFile, new ImportRequest(EntityKind.ORDERS, false), repository);
        ImportReport again = importer.importFile(ordersFile, new ImportRequest(EntityKind.ORDERS, false), repository);
        ImportReport customersAgain = importer.importFile(customersFile,
                new ImportRequest(EntityKind.CUSTOMERS, false), repository);

        assertEquals(List.of(), first.errors());
        assertEquals(List.of(3L, 0L), List.of(first.inserted(), first.rejected()));
        assertEquals(List.of(0L, 0L, 3L), List.of(again.inserted(), again.updated(), again.unchanged()));
        assertEquals(2L, customersAgain.unchanged());
        assertEquals(List.of(2L, 3L, 2L), List.of(repository.countCustomers(), repository.countOrders(),
                repository.countTags()));
        assertEquals("深圳芯片贸易有限公司", repository.findCustomer("K2").orElseThrow().name());
        List<PurchaseFacts> facts = new ArrayList<>();
        repository.forEachPurchaseFacts(null, null, facts::add);
        PurchaseFacts zhang = facts.stream().filter(f -> f.customerId().equals("K1")).findFirst().orElseThrow();
        assertEquals(1, zhang.purchaseCount(), "the refund is kept but is not a purchase");
        assertEquals(0, new BigDecimal("12800").compareTo(zhang.totalSpend()));
    }

    @Test
    void aFileCutOffInsideAQuotedFieldStoresNothing() throws ImportException {
        importer.importFile(files.lines("cut-customers.csv", "external_id", "C1"),
                new ImportRequest(EntityKind.CUSTOMERS, false), repository);
        Path cut = files.bytes("cut-orders.csv", ("order_id,customer_id,ordered_at,amount,sku\n"
                + "O1,C1,2026-01-05,100.00,A\nO2,C1,2026-01-06,50.00,\"half a quoted fi").getBytes(
                        StandardCharsets.UTF_8));

        assertThrows(ImportException.class,
                () -> importer.importFile(cut, new ImportRequest(EntityKind.ORDERS, false), repository));

        assertEquals(0, repository.countOrders());
        assertEquals(1, repository.countCustomers());
    }

    @Test
    void aFileCutOffInsideAnUnquotedFieldStoresNothing() throws ImportException {
        importer.importFile(files.lines("cut2-customers.csv", "external_id", "C1"),
                new ImportRequest(EntityKind.CUSTOMERS, false), repository);
        Path cut = files.bytes("cut2-orders.csv", "order_id,customer_id,ordered_at,amount\nO1,C1,2026-01-05,100.00\nO2,C1,2026-0"
                .getBytes(StandardCharsets.UTF_8));

        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFile(cut, new ImportRequest(EntityKind.ORDERS, false), repository));

        assertEquals("cut2-orders.csv: row 3: the file is cut off: its last row has 3 of the header's 4 fields and no "
                + "line break after it", e.getMessage());
        assertEquals(0, repository.countOrders());
    }

    @Test
    void aPartialCustomersFileKeepsTheColumnsItDoesNotHave() throws ImportException {
        importer.importFile(files.lines("full.csv", "客户编号,客户名称,城市,preference", "C1,张伟,杭州,收藏"),
                new ImportRequest(EntityKind.CUSTOMERS, false), repository);

        ImportReport phones = importer.importFile(files.lines("phones.csv", "客户编号,手机,size", "C1,13812345678,M"),
                new ImportRequest(EntityKind.CUSTOMERS, false), repository);

        assertEquals(1, phones.updated());
        var customer = repository.findCustomer("C1").orElseThrow();
        assertEquals(List.of("张伟", "杭州", "13812345678"), List.of(customer.name(), customer.city(), customer.phone()));
        assertEquals(java.util.Map.of("preference", "收藏", "size", "M"), customer.attributes());
    }

    @Test
    void anOrdersFileImportedAsCustomersIsRefusedAndChangesNothing() throws ImportException {
        importer.importFile(files.lines("kind-customers.csv", "external_id,name", "C1,张伟"),
                new ImportRequest(EntityKind.CUSTOMERS, false), repository);
        Path orders = files.lines("kind-orders.csv", "order_id,customer_id,ordered_at,amount", "O1,C1,2026-01-05,10");

        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFile(orders, new ImportRequest(EntityKind.CUSTOMERS, false), repository));

        assertEquals("kind-orders.csv: the header (order_id,customer_id,ordered_at,amount) is that of orders, not "
                + "customers; import it as orders", e.getMessage());
        assertEquals("张伟", repository.findCustomer("C1").orElseThrow().name());
        assertEquals(java.util.Map.of(), repository.findCustomer("C1").orElseThrow().attributes());
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
