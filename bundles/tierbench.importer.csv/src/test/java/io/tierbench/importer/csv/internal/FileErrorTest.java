package io.tierbench.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files that cannot be imported as a whole: an {@link ImportException}, and nothing stored. */
class FileErrorTest {

    private static final ImportRequest ORDERS = new ImportRequest(EntityKind.ORDERS, false);

    private final TestFiles files = new TestFiles(FileErrorTest.class);
    private final FakeCustomerRepository repository = new FakeCustomerRepository().withCustomers("C1");
    private final CsvImporter importer = new CsvImporter();

    @Test
    void missingRequiredColumnNamesFileAndColumn() {
        Path file = files.lines("no-amount.csv", "order_id,customer_id,ordered_at", "O1,C1,2024-03-05");

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, ORDERS, repository));

        assertEquals("no-amount.csv: required column 'amount' (or 订单金额, 购买金额, 实付金额, 金额) missing from the header row "
                + "(expected order_id,customer_id,ordered_at,amount,currency,quantity,sku,category,status)",
                e.getMessage());
        assertNothingStored();
    }

    @Test
    void twoHeadersForOneColumnAreRefused() {
        Path file = files.lines("twice.csv", "order_id,订单编号,customer_id,ordered_at,amount");

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, ORDERS, repository));

        assertEquals("twice.csv: headers 'order_id' and '订单编号' both mean column 'order_id'", e.getMessage());
    }

    @Test
    void emptyFileHasNoHeader() {
        Path file = files.bytes("empty.csv", new byte[0]);

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, ORDERS, repository));

        assertEquals("empty.csv: the file is empty; its first row must be the header", e.getMessage());
        assertNothingStored();
    }

    @Test
    void headerOnlyFileImportsNoRows() throws ImportException {
        Path file = files.lines("header-only.csv", "order_id,customer_id,ordered_at,amount");

        ImportReport report = importer.importFile(file, ORDERS, repository);

        assertEquals(new ImportReport("header-only.csv", EntityKind.ORDERS, 0, 0, 0, 0, List.of(), true), report);
    }

    @Test
    void missingFileIsNamed() {
        Path file = files.missing("absent.csv");

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, ORDERS, repository));

        assertTrue(e.getMessage().startsWith("absent.csv: no such file"), e.getMessage());
        assertNothingStored();
    }

    @Test
    void fileCutOffInsideAQuotedFieldNamesTheRowAndStoresNothing() {
        Path file = files.bytes("cut.csv", ("order_id,customer_id,ordered_at,amount,sku\n"
                + "O1,C1,2024-03-05,10,A\n"
                + "O2,C1,2024-03-05,10,B\n"
                + "O3,C1,2024-03-05,10,\"SKU-").getBytes(StandardCharsets.UTF_8));

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, ORDERS, repository));

        assertTrue(e.getMessage().startsWith("cut.csv: row 4: the file is cut off or not valid CSV here ("),
                e.getMessage());
        assertNothingStored();
        assertEquals(1, repository.closedWithoutCommit);
    }

    @Test
    void gbkAfterUtf8TextFarIntoTheFileIsRefusedNotGarbled() {
        StringBuilder text = new StringBuilder("order_id,customer_id,ordered_at,amount,sku\n");
        text.append("O0,C1,2024-03-05,10,翡翠手镯\n");
        for (int i = 1; i <= 5000; i++) {
            text.append('O').append(i).append(",C1,2024-03-05,10,A\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        // The GBK bytes must lie beyond the sample the encoding is detected from, or detection would refuse them.
        assertTrue(good.length > (1 << 16), "UTF-8 start too short: " + good.length);
        byte[] gbk = "O9999,C1,2024-03-05,10,客户\n".getBytes(Charset.forName("GBK"));
        byte[] content = Arrays.copyOf(good, good.length + gbk.length);
        System.arraycopy(gbk, 0, content, good.length, gbk.length);
        Path file = files.bytes("late-gbk.csv", content);

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, ORDERS, repository));

        assertEquals("late-gbk.csv: not UTF-8 text: its start reads as UTF-8 but later bytes do not; save the file "
                + "as \"CSV UTF-8\"", e.getMessage());
        assertNothingStored();
    }

    @Test
    void aGbkFileWhoseFirstRowsAreAsciiIsReadAsGbk() throws ImportException {
        StringBuilder text = new StringBuilder("order_id,customer_id,ordered_at,amount,sku\n");
        for (int i = 1; i <= 5000; i++) {
            text.append('O').append(i).append(",C1,2024-03-05,10,PART-").append(i).append('\n');
        }
        text.append("O5001,C1,2024-03-05,10,翡翠手镯\n");
        byte[] content = text.toString().getBytes(Charset.forName("GBK"));
        assertTrue(content.length > (1 << 16), "ASCII start too short: " + content.length);

        ImportReport report = importer.importFile(files.bytes("ascii-then-gbk.csv", content), ORDERS, repository);

        assertEquals(5001, report.inserted());
        assertEquals("翡翠手镯", repository.orders.get("O5001").sku());
    }

    private void assertNothingStored() {
        assertTrue(repository.orders.isEmpty());
        assertEquals(0, repository.committed);
    }
}
