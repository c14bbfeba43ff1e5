package io.tierbench.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.model.Customer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files as Chinese Excel saves them (GBK) and as the rest of the world does (UTF-8, with or without a BOM). */
class EncodingImportTest {

    private static final ImportRequest CUSTOMERS = new ImportRequest(EntityKind.CUSTOMERS, false);
    private static final String CHINESE_CUSTOMERS = "客户编号,客户名称,城市\r\nK1,张伟,杭州\r\nK2,深圳芯片贸易有限公司,深圳\r\n";

    private final TestFiles files = new TestFiles(EncodingImportTest.class);
    private final FakeCustomerRepository repository = new FakeCustomerRepository();
    private final CsvImporter importer = new CsvImporter();

    @Test
    void readsGbkAsChineseExcelWritesIt() throws ImportException {
        byte[] gbk = CHINESE_CUSTOMERS.getBytes(Charset.forName("GB18030"));
        assertEquals(CHINESE_CUSTOMERS, new String(gbk, Charset.forName("GBK")), "fixture is plain GBK");

        ImportReport report = importer.importFile(files.bytes("客户-gbk.csv", gbk), CUSTOMERS, repository);

        assertStoredBothCustomers(report);
    }

    @Test
    void readsUtf8WithByteOrderMark() throws ImportException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        content.writeBytes(CHINESE_CUSTOMERS.getBytes(StandardCharsets.UTF_8));

        ImportReport report = importer.importFile(files.bytes("客户-bom.csv", content.toByteArray()), CUSTOMERS,
                repository);

        assertStoredBothCustomers(report);
    }

    @Test
    void readsUtf8WithoutByteOrderMark() throws ImportException {
        byte[] utf8 = CHINESE_CUSTOMERS.getBytes(StandardCharsets.UTF_8);

        ImportReport report = importer.importFile(files.bytes("客户-utf8.csv", utf8), CUSTOMERS, repository);

        assertStoredBothCustomers(report);
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGb18030AndStoresNothing() {
        // 0x80 and 0xFF begin no character in UTF-8 and none in GB18030 (its lead bytes are 0x81 to 0xFE).
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes("external_id,name\nC1,".getBytes(StandardCharsets.US_ASCII));
        content.writeBytes(new byte[] {(byte) 0x80, (byte) 0xFF, (byte) 0x80, (byte) 0xFF, '\n'});
        Path file = files.bytes("garbage.csv", content.toByteArray());

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, CUSTOMERS, repository));

        assertEquals("garbage.csv: the encoding is neither UTF-8 nor GB18030 (GBK); save the file as \"CSV UTF-8\"",
                e.getMessage());
        assertTrue(repository.customers.isEmpty());
        assertEquals(0, repository.committed);
    }

    private void assertStoredBothCustomers(ImportReport report) {
        assertEquals(List.of(2L, 0L, true), List.of(report.inserted(), report.rejected(), report.committed()));
        Customer first = repository.customers.get("K1");
        Customer second = repository.customers.get("K2");
        assertEquals(List.of("张伟", "杭州", "深圳芯片贸易有限公司", "深圳"),
                List.of(first.name(), first.city(), second.name(), second.city()));
    }
}
