package io.tierbench.importer.xlsx.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.ImportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files that are not a readable .xlsx workbook fail on opening, with the file's name and what it is instead. */
class WorkbookFilesTest {

    private static Path directory;
    private static Path valid;

    @BeforeAll
    static void writeAValidWorkbook() throws IOException {
        directory = Files.createDirectories(Path.of("target", "xlsx-files-test"));
        valid = CustomerWorkbook.write(new XSSFWorkbook(), directory.resolve("valid.xlsx"));
    }

    @Test
    void aWorkbookCutOffInTheMiddleIsDamaged() throws IOException {
        Path cut = HandMadeXlsx.truncate(valid, directory.resolve("客户-cut.xlsx"), (int) Files.size(valid) / 2);
        assertTrue(message(cut).startsWith("客户-cut.xlsx: a damaged or incomplete .xlsx workbook (cut off during "
                + "upload or copy?): "), message(cut));
    }

    @Test
    void aWorkbookMissingOnlyItsLastBytesIsDamagedToo() throws IOException {
        Path cut = HandMadeXlsx.truncate(valid, directory.resolve("end-cut.xlsx"), (int) Files.size(valid) - 10);
        assertTrue(message(cut).startsWith("end-cut.xlsx: a damaged or incomplete .xlsx workbook"), message(cut));
    }

    @Test
    void aCsvFileRenamedToXlsxIsToldToBeImportedAsCsv() throws IOException {
        Path csv = Files.writeString(directory.resolve("customers.xlsx"), "客户编号,客户名称\nC001,张三\n",
                StandardCharsets.UTF_8);
        assertEquals("customers.xlsx: not an Excel workbook (.xlsx): it is text (a CSV file renamed to .xlsx?); "
                + "import it as CSV", message(csv));
    }

    @Test
    void anOldXlsWorkbookIsToldToBeSavedAsXlsx() throws IOException {
        Path xls = directory.resolve("old-format.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("s").createRow(0).createCell(0).setCellValue("客户编号");
            workbook.write(out);
        }
        assertEquals("old-format.xlsx: not an Excel workbook (.xlsx): an Excel 97-2003 workbook (.xls) or a "
                + "password-protected file; open it in Excel and save it as \"Excel Workbook (*.xlsx)\" without a "
                + "password", message(xls));
    }

    @Test
    void aZipArchiveThatIsNoOfficeDocumentIsNoWorkbook() throws IOException {
        Path zip = directory.resolve("archive.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertEquals("archive.xlsx: not an Excel workbook (.xlsx): a zip archive, but not an Office document",
                message(zip));
    }

    @Test
    void binaryDataIsNeitherZipNorText() throws IOException {
        Path binary = Files.write(directory.resolve("random.xlsx"), new byte[] {0x01, 0x02, 0x03, (byte) 0xFF, 0x00,
            0x10, 0x20, 0x30, 0x40});
        assertEquals("random.xlsx: not an Excel workbook (.xlsx): it is neither a zip archive nor an Office document",
                message(binary));
    }

    @Test
    void anEmptyOrMissingFileSaysSo() throws IOException {
        Path empty = Files.write(directory.resolve("empty.xlsx"), new byte[0]);
        assertEquals("empty.xlsx: the file is empty", message(empty));
        Path missing = directory.resolve("missing.xlsx");
        assertEquals("missing.xlsx: no such file (" + missing + ")", message(missing));
    }

    private static String message(Path file) {
        return assertThrows(ImportException.class, () -> XlsxSheetReader.open(file).close()).getMessage();
    }
}
