package io.tierbench.importer.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workbooks as a Chinese shop's Excel saves them, imported into the real H2 repository and counted there. Cells are
 * typed as Excel types them: dates as date-formatted numbers, amounts and phone numbers as numbers.
 */
class XlsxImporterTest {

    private final XlsxImporter importer = new XlsxImporter();
    private Path folder;
    private H2Database database;
    private H2CustomerRepository repository;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(Path.of("target", "xlsx-import-test", String.valueOf(System.nanoTime())));
        database = new H2Database(new OsgiDataSourceFactory(new Driver()),
                ComponentConfigurations.of(H2RepositoryConfiguration.class,
                        Map.of("url", "jdbc:h2:mem:xlsx-" + System.nanoTime(), "user", "sa", "password", "")));
        repository = new H2CustomerRepository(database);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void importsCustomersAndOrdersWithChineseHeadersAndExcelDates() throws Exception {
        Path customers = workbook("客户.xlsx", List.of("客户编号", "客户名称", "手机", "城市", "公司规模", "创建日期"),
                List.of("C001", "张伟", 13812345678d, "杭州", 35d, LocalDate.of(2023, 11, 20)),
                List.of("C002", "深圳芯片贸易有限公司", "0755-8888", "深圳"));
        Path orders = workbook("订单.xlsx", List.of("订单编号", "客户编号", "下单时间", "订单金额", "订单状态"),
                List.of("S1", "C001", LocalDateTime.of(2024, 3, 5, 14, 30), 12800d, "已完成"),
                List.of("S2", "C001", LocalDate.of(2024, 3, 9), 1280.5d, "已退款"),
                // A date typed as text and one pasted as Excel's date number into a General cell.
                List.of("S3", "C002", "2024年4月1日", 356000d),
                List.of("S4", "C002", 45383d, "￥1,000"));

        ImportReport customersReport = importer.importFile(customers,
                new ImportRequest(EntityKind.CUSTOMERS, false), repository);
        ImportReport ordersReport = importer.importFile(orders, new ImportRequest(EntityKind.ORDERS, false),
                repository);

        assertEquals(List.of(), customersReport.errors());
        assertEquals(List.of(), ordersReport.errors());
        assertEquals(List.of(2L, 4L), List.of(repository.countCustomers(), repository.countOrders()));
        Customer zhang = repository.findCustomer("C001").orElseThrow();
        assertEquals("13812345678", zhang.phone());
        assertEquals(35, zhang.companySize());
        assertEquals(LocalDate.of(2023, 11, 20), zhang.createdDate());
        List<Order> stored = new ArrayList<>();
        repository.forEachOrderOf("C001", stored::add);
        repository.forEachOrderOf("C002", stored::add);
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30), stored.get(0).orderedAt());
        assertEquals(OrderStatus.REFUNDED, stored.get(1).status());
        assertEquals(0, new BigDecimal("1280.5").compareTo(stored.get(1).amount()));
        assertEquals(LocalDateTime.of(2024, 4, 1, 0, 0), stored.get(2).orderedAt());
        assertEquals(LocalDateTime.of(2024, 4, 1, 0, 0), stored.get(3).orderedAt(), "45383 is 2024-04-01");
    }

    @Test
    void reportsBadRowsByTheRowNumberExcelShowsAndAReimportChangesNothing() throws Exception {
        workbookImport("customers.xlsx", List.of("external_id"), List.of("C1"));
        Path orders = workbook("orders.xlsx", List.of("order_id", "customer_id", "ordered_at", "amount"),
                List.of("O1", "C1", LocalDate.of(2024, 3, 5), 10d),
                List.of("O2", "C1", "05/03/2024", 10d),
                List.of(),
                List.of("O3", "C9", LocalDate.of(2024, 3, 5), 10d),
                List.of("O4", "C1", LocalDate.of(2024, 3, 6)));

        ImportReport first = importer.importFile(orders, new ImportRequest(EntityKind.ORDERS, false), repository);
        ImportReport again = importer.importFile(orders, new ImportRequest(EntityKind.ORDERS, false), repository);

        assertEquals(List.of(3L, 5L, 6L), first.errors().stream().map(RowError::row).toList());
        assertEquals(List.of("ordered_at", "customer_id", "amount"),
                first.errors().stream().map(RowError::column).toList());
        assertEquals("missing value", first.errors().get(2).reason());
        assertEquals(List.of(1L, 0L, 0L), List.of(first.inserted(), again.inserted(), again.updated()));
        assertEquals(1L, again.unchanged());
        assertEquals(1, repository.countOrders());
    }

    @Test
    void strictModeAndADamagedWorkbookStoreNothing() throws Exception {
        Path customers = workbook("customers.xlsx", List.of("external_id", "birth_year"), List.of("C1", 1980d),
                List.of("C2", "nineteen"));
        ImportReport strict = importer.importFile(customers, new ImportRequest(EntityKind.CUSTOMERS, true),
                repository);
        assertFalse(strict.committed());
        assertEquals(0, repository.countCustomers());

        byte[] whole = Files.readAllBytes(customers);
        Path cut = Files.write(folder.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFile(cut, new ImportRequest(EntityKind.CUSTOMERS, false), repository));
        assertTrue(e.getMessage().startsWith("cut.xlsx: "), e.getMessage());
        assertEquals(0, repository.countCustomers());
    }

    private void workbookImport(String name, List<Object> header, List<Object>... rows) throws Exception {
        importer.importFile(workbook(name, header, rows), new ImportRequest(EntityKind.CUSTOMERS, false), repository);
    }

    @SafeVarargs
    private Path workbook(String name, List<Object> header, List<Object>... rows) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Sheet sheet = workbook.createSheet("Sheet1");
            write(sheet.createRow(0), header, date, dateTime);
            for (int i = 0; i < rows.length; i++) {
                if (!rows[i].isEmpty()) {
                    write(sheet.createRow(i + 1), rows[i], date, dateTime);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static void write(Row row, List<Object> values, CellStyle date, CellStyle dateTime) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            var cell = row.createCell(i);
            if (value instanceof Double number) {
                cell.setCellValue(number);
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(dateTime);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        }
    }
}
