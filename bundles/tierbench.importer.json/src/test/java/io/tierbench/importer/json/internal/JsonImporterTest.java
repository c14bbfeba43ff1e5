package io.tierbench.importer.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.Order;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON importer against the real H2 repository; what is stored is read back from the database. */
class JsonImporterTest {

    private static final ImportRequest CUSTOMERS = new ImportRequest(EntityKind.CUSTOMERS, false);
    private static final ImportRequest ORDERS = new ImportRequest(EntityKind.ORDERS, false);

    private final JsonImporter importer = new JsonImporter();
    private Path folder;
    private H2Database database;
    private H2CustomerRepository repository;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(Path.of("target", "json-test", String.valueOf(System.nanoTime())));
        database = new H2Database(new OsgiDataSourceFactory(new Driver()),
                ComponentConfigurations.of(H2RepositoryConfiguration.class,
                        Map.of("url", "jdbc:h2:mem:json-" + System.nanoTime(), "user", "sa", "password", "")));
        repository = new H2CustomerRepository(database);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void readsAnObjectHoldingCustomersWithChineseFieldsAndTagLists() throws Exception {
        Path file = write("export.json", """
                {"customers": [
                  {"客户编号": "C1", "客户名称": "张伟", "城市": "杭州", "公司规模": 35, "标签": ["VIP", "老客户"]},
                  {"客户编号": "C2", "客户名称": "王芳", "preference": "收藏", "extra": null}
                ]}
                """);

        assertEquals(Optional.of(EntityKind.CUSTOMERS), importer.kindOf(file));
        ImportReport report = importer.importFile(file, CUSTOMERS, repository);

        assertEquals(new ImportReport("export.json", EntityKind.CUSTOMERS, 2, 0, 0, 0, List.of(), true), report);
        assertEquals(2, repository.countCustomers());
        Customer zhang = repository.findCustomer("C1").orElseThrow();
        assertEquals("杭州", zhang.city());
        assertEquals(35, zhang.companySize());
        assertEquals(List.of("VIP", "老客户"),
                repository.tagsOf("C1").stream().map(CustomerTag::name).sorted().toList());
        assertEquals(Map.of("preference", "收藏"), repository.findCustomer("C2").orElseThrow().attributes());
    }

    @Test
    void readsAnArrayOfOrdersKeepingNumbersAsWrittenAndReportsBadObjectsByLine() throws Exception {
        importer.importFile(write("customers.json", "[{\"external_id\": \"C1\"}]"), CUSTOMERS, repository);
        Path file = write("orders.json", """
                [
                  {"order_id": "O1", "customer_id": "C1", "ordered_at": "2024-03-05 14:30", "amount": 12800.50},
                  {"order_id": "O2", "customer_id": "C1", "ordered_at": "2024/3/6", "amount": "¥1,280",
                   "status": "已退款"},
                  {"order_id": "O3", "customer_id": "C1", "amount": 10},
                  {"order_id": "O4", "customer_id": "C9", "ordered_at": "2024-03-07", "amount": 10}
                ]
                """);

        ImportReport report = importer.importFile(file, ORDERS, repository);

        assertEquals(List.of(new RowError("orders.json", 5, "ordered_at", "", "missing value"),
                new RowError("orders.json", 6, "customer_id", "C9",
                        "unknown customer: import the customers first, or import with unknown customers created")),
                report.errors());
        assertEquals(2, report.inserted());
        assertEquals(2, repository.countOrders());
        List<Order> stored = new ArrayList<>();
        repository.forEachOrderOf("C1", stored::add);
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30), stored.get(0).orderedAt());
        assertEquals(0, new BigDecimal("12800.50").compareTo(stored.get(0).amount()));
        assertEquals(OrderStatus.REFUNDED, stored.get(1).status());
    }

    @Test
    void readsOneObjectPerLineAndAReimportChangesNothing() throws Exception {
        Path file = write("customers.jsonl", "{\"external_id\": \"C1\", \"name\": \"张伟\"}\n"
                + "{\"external_id\": \"C2\", \"name\": \"王芳\"}\n");

        importer.importFile(file, CUSTOMERS, repository);
        ImportReport again = importer.importFile(file, CUSTOMERS, repository);

        assertEquals(new ImportReport("customers.jsonl", EntityKind.CUSTOMERS, 0, 0, 2, 0, List.of(), true), again);
        assertEquals(2, repository.countCustomers());
    }

    @Test
    void aFileCutOffMidObjectStoresNothingAndSaysWhere() throws Exception {
        Path file = write("cut.json", "[{\"external_id\": \"C1\"},\n{\"external_id\": \"C2\"},\n{\"external_id\": \"C");

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, CUSTOMERS,
                repository));

        assertTrue(e.getMessage().startsWith("cut.json: line 3, column "), e.getMessage());
        assertTrue(e.getMessage().contains("the file is cut off"), e.getMessage());
        assertEquals(0, repository.countCustomers());
    }

    @Test
    void emptyAndWrongFilesAreRefusedAsAWhole() {
        ImportException empty = assertThrows(ImportException.class,
                () -> importer.importFile(write("customers.json", ""), CUSTOMERS, repository));
        assertEquals("customers.json: the file is empty; expected a JSON array of objects", empty.getMessage());
        ImportException csv = assertThrows(ImportException.class,
                () -> importer.importFile(write("orders.json", "order_id,customer_id\nO1,C1\n"), ORDERS,
                        repository));
        assertTrue(csv.getMessage().startsWith("orders.json: line 1, column "), csv.getMessage());
        ImportException scalar = assertThrows(ImportException.class,
                () -> importer.importFile(write("n.json", "42"), ORDERS, repository));
        assertEquals("n.json: not a JSON array or object of records (starts with VALUE_NUMBER_INT)",
                scalar.getMessage());
        assertEquals(0, repository.countCustomers());
    }

    @Test
    void strictModeStoresNothingWhenOneObjectIsBad() throws Exception {
        Path file = write("customers.json", "[{\"external_id\": \"C1\"}, {\"external_id\": \"C2\", "
                + "\"birth_year\": \"nineteen\"}]");

        ImportReport report = importer.importFile(file, new ImportRequest(EntityKind.CUSTOMERS, true), repository);

        assertEquals(1, report.rejected());
        assertEquals(false, report.committed());
        assertEquals(0, repository.countCustomers());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
