package io.tierbench.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.importer.support.ImportFormats;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderImportTest {

    private static final ImportRequest ORDERS = new ImportRequest(EntityKind.ORDERS, false);
    private static final ImportRequest STRICT_ORDERS = new ImportRequest(EntityKind.ORDERS, true);
    private static final String HEADER = "order_id,customer_id,ordered_at,amount,currency,quantity,sku,category,status";

    private final TestFiles files = new TestFiles(OrderImportTest.class);
    private final FakeCustomerRepository repository = new FakeCustomerRepository().withCustomers("C1", "C2");
    private final CsvImporter importer = new CsvImporter();

    @Test
    void canonicalHeaderIsTheOneDocumented() {
        assertEquals(HEADER, ImportFormats.canonicalHeader(EntityKind.ORDERS));
    }

    @Test
    void readsEveryDateAndAmountForm() throws ImportException {
        Path file = files.lines("orders.csv", HEADER,
                "O1,C1,2024-03-05,1234.50,CNY,2,SKU-1,手镯,completed",
                "O2,C1,2024-03-05 14:30,\"¥1,234.50\",,,,,已退款",
                "O3,C2,2024-03-05 14:30:15,88,rmb,1,,,Cancelled",
                "O4,C2,2024-03-05T14:30,0.5,USD,,,,");

        ImportReport report = importer.importFile(file, ORDERS, repository);

        assertEquals(new ImportReport("orders.csv", EntityKind.ORDERS, 4, 0, 0, 0, List.of(), true), report);
        assertEquals(new Order("O1", "C1", LocalDateTime.of(2024, 3, 5, 0, 0), new BigDecimal("1234.50"), "CNY", 2,
                "SKU-1", "手镯", OrderStatus.COMPLETED), repository.orders.get("O1"));
        assertEquals(new Order("O2", "C1", LocalDateTime.of(2024, 3, 5, 14, 30), new BigDecimal("1234.50"), "CNY",
                1, null, null, OrderStatus.REFUNDED), repository.orders.get("O2"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30, 15), repository.orders.get("O3").orderedAt());
        assertEquals(OrderStatus.CANCELLED, repository.orders.get("O3").status());
        assertEquals(OrderStatus.COMPLETED, repository.orders.get("O4").status());
        assertEquals("USD", repository.orders.get("O4").currency());
    }

    @Test
    void reportsEachBadRowWithFileRowColumnValueAndReason() throws ImportException {
        ImportReport report = importer.importFile(badFile(), ORDERS, repository);

        String name = "bad-orders.csv";
        assertEquals(List.of(
                new RowError(name, 3, "ordered_at", "05/03/2024", "not a date; " + ImportFormats.DATE_FORMATS),
                new RowError(name, 4, "amount", "-12.00", "negative amount"),
                new RowError(name, 5, "status", "shipped",
                        "unknown status; expected one of completed, refunded, cancelled"),
                new RowError(name, 6, "customer_id", "C9", "unknown customer: import the customers first, or import with unknown customers created"),
                new RowError(name, 7, "order_id", "O1", "duplicate: an earlier row of this file has it"),
                new RowError(name, 8, "amount", "", "missing value"),
                new RowError(name, 9, "amount", "12.3.4", "not an amount; expected a decimal such as 1234.50"),
                new RowError(name, 10, "quantity", "0", "must be from 1 to 2147483647")), report.errors());
        assertEquals(List.of(2L, 8L, true), List.of(report.inserted(), report.rejected(), report.committed()));
        assertEquals(List.of("O1", "O10"), new ArrayList<>(repository.orders.keySet()));
    }

    @Test
    void strictModeStoresNothingWhenARowIsBad() throws ImportException {
        ImportReport report = importer.importFile(badFile(), STRICT_ORDERS, repository);

        assertEquals(List.of(0L, 0L, 0L, 8L), List.of(report.inserted(), report.updated(), report.unchanged(),
                report.rejected()));
        assertEquals(8, report.errors().size());
        assertEquals(false, report.committed());
        assertTrue(repository.orders.isEmpty());
        assertEquals(List.of(0, 1), List.of(repository.committed, repository.closedWithoutCommit));
    }

    @Test
    void strictModeStoresAGoodFile() throws ImportException {
        Path file = files.lines("strict-good.csv", HEADER, "O1,C1,2024-03-05,10,,,,,", "O2,C2,2024-03-06,20,,,,,");

        ImportReport report = importer.importFile(file, STRICT_ORDERS, repository);

        assertEquals(new ImportReport("strict-good.csv", EntityKind.ORDERS, 2, 0, 0, 0, List.of(), true), report);
        assertEquals(2, repository.orders.size());
    }

    @Test
    void writesThroughOneTransactionInBatchesOfAThousand() throws ImportException {
        List<String> lines = new ArrayList<>(List.of("order_id,customer_id,ordered_at,amount"));
        for (int i = 1; i <= 2500; i++) {
            lines.add("O" + i + ",C" + (1 + i % 2) + ",2024-01-01 10:00," + i + ".00");
        }
        Path file = files.lines("many.csv", lines.toArray(String[]::new));

        ImportReport report = importer.importFile(file, ORDERS, repository);

        assertEquals(2500, report.inserted());
        assertEquals(List.of(1000, 1000, 500), repository.batchSizes);
        assertEquals(List.of(1, 1, 0), List.of(repository.begun, repository.committed,
                repository.closedWithoutCommit));
    }

    @Test
    void readsChineseHeaders() throws ImportException {
        Path file = files.lines("订单.csv", "订单编号,客户编号,下单时间,订单金额,状态", "D1,C1,2025-06-01 10:00,299.00,已完成",
                "D2,C2,2025-06-02 11:00,99,已取消");

        ImportReport report = importer.importFile(file, ORDERS, repository);

        assertEquals(2, report.inserted());
        assertEquals(OrderStatus.CANCELLED, repository.orders.get("D2").status());
    }

    private Path badFile() {
        return files.lines("bad-orders.csv", HEADER,
                "O1,C1,2024-03-05,100.00,,,,,completed",
                "O2,C1,05/03/2024,100.00,,,,,completed",
                "O3,C1,2024-03-05,-12.00,,,,,completed",
                "O4,C1,2024-03-05,12.00,,,,,shipped",
                "O5,C9,2024-03-05,12.00,,,,,completed",
                "O1,C2,2024-03-06,50.00,,,,,completed",
                "O7,C2,2024-03-06,,,,,,completed",
                "O8,C2,2024-03-06,12.3.4,,,,,completed",
                "O9,C2,2024-03-06,12.00,,0,,,completed",
                "O10,C2,2024-03-07,12.00,,3,,,refunded");
    }
}
