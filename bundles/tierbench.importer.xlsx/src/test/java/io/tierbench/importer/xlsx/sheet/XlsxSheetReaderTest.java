package io.tierbench.importer.xlsx.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.ImportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class XlsxSheetReaderTest {

    private static Path directory;

    @BeforeAll
    static void createDirectory() throws IOException {
        directory = Files.createDirectories(Path.of("target", "xlsx-reader-test"));
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithSharedStrings() throws Exception {
        Path file = CustomerWorkbook.write(new XSSFWorkbook(), directory.resolve("shared-strings.xlsx"));
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            assertEquals(CustomerWorkbook.FIRST_SHEET, reader.sheet());
            assertEquals("shared-strings.xlsx", reader.file());
            assertEquals(CustomerWorkbook.EXPECTED_CUSTOMERS, readAll(reader));
        }
    }

    @Test
    void readsTheSameFromAStreamedWorkbookWithInlineStrings() throws Exception {
        Path file = CustomerWorkbook.write(new SXSSFWorkbook(10), directory.resolve("inline-strings.xlsx"));
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            assertEquals(CustomerWorkbook.EXPECTED_CUSTOMERS, readAll(reader));
        }
    }

    @Test
    void readsASheetByItsNameInAnyCase() throws Exception {
        Path file = CustomerWorkbook.write(new XSSFWorkbook(), directory.resolve("two-sheets.xlsx"));
        try (XlsxSheetReader reader = XlsxSheetReader.open(file, CustomerWorkbook.SECOND_SHEET)) {
            assertEquals(CustomerWorkbook.SECOND_SHEET, reader.sheet());
            assertEquals(CustomerWorkbook.EXPECTED_ORDERS, readAll(reader));
        }
        Path english = directory.resolve("english-names.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Customers");
            workbook.createSheet("Orders").createRow(0).createCell(0).setCellValue("order id");
            save(workbook, english);
        }
        try (XlsxSheetReader reader = XlsxSheetReader.open(english, "ORDERS")) {
            assertEquals("Orders", reader.sheet());
            assertEquals(List.of(List.of("1", "order id")), readAll(reader));
        }
    }

    @Test
    void anUnknownSheetNameListsTheSheetsThereAre() throws Exception {
        Path file = CustomerWorkbook.write(new XSSFWorkbook(), directory.resolve("unknown-sheet.xlsx"));
        ImportException e = assertThrows(ImportException.class, () -> XlsxSheetReader.open(file, "Sheet1"));
        assertEquals("unknown-sheet.xlsx: no sheet named 'Sheet1'; the workbook has [客户, 订单]", e.getMessage());
    }

    @Test
    void aFormulaGivesItsLastComputedValue() throws Exception {
        Path file = directory.resolve("formulas.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("s");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(12345.5);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("\"C\"&TEXT(7,\"000\")");
            row.createCell(3).setCellFormula("A1>0");
            row.createCell(4).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(workbook, file);
        }
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            assertEquals(List.of(List.of("1", "12345.5", "24691", "C007", "TRUE", "#DIV/0!")), readAll(reader));
        }
    }

    @Test
    void aSheetWithoutRowsHasNone() throws Exception {
        Path file = directory.resolve("empty-sheet.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("empty");
            save(workbook, file);
        }
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            assertFalse(reader.next());
            assertFalse(reader.next());
        }
    }

    @Test
    void streamsAManyRowSheetInOrder() throws Exception {
        int rows = 20_000;
        Path file = directory.resolve("many-rows.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("rows");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("C" + i);
                row.createCell(1).setCellValue(i * 0.25);
            }
            save(workbook, file);
        }
        long count = 0;
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            while (reader.next()) {
                assertEquals(count + 1, reader.rowNumber());
                count++;
            }
            assertEquals(List.of("C19999", "4999.75"), reader.cells());
        }
        assertEquals(rows, count);
    }

    @Test
    void readsNumbersAsStoredWithoutFloatNoiseOrExponent() throws Exception {
        Path file = HandMadeXlsx.write(directory.resolve("stored-numbers.xlsx"), """
                <row r="1"><c r="A1"><v>1.3800138E10</v></c><c r="B1"><v>0.30000000000000004</v></c>\
                <c r="C1"><v>12345.5</v></c><c r="D1" s="3"><v>99.990000000000009</v></c><c r="E1"><v>-0</v></c>\
                <c r="F1"><v>1E-7</v></c></row>
                """, null, false);
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            assertEquals(List.of(List.of("1", "13800138000", "0.3", "12345.5", "99.99", "0", "0.0000001")),
                    readAll(reader));
        }
    }

    @Test
    void readsDateCellsByTheirFormatAndTheWorkbooksEpoch() throws Exception {
        String sheet = """
                <row r="1"><c r="A1" s="1"><v>45356</v></c><c r="B1" s="2"><v>45356.604166666664</v></c>\
                <c r="C1" s="1"><v>45356.999999999</v></c><c r="D1" s="2"><v>0.75</v></c><c r="E1"><v>45356</v></c>\
                <c r="F1" t="d"><v>2024-03-05T08:15:00Z</v></c></row>
                """;
        try (XlsxSheetReader reader = XlsxSheetReader.open(
                HandMadeXlsx.write(directory.resolve("dates-1900.xlsx"), sheet, null, false))) {
            assertEquals(List.of(List.of("1", "2024-03-05", "2024-03-05 14:30:00", "2024-03-06", "18:00:00", "45356",
                    "2024-03-05 08:15:00")), readAll(reader));
        }
        try (XlsxSheetReader reader = XlsxSheetReader.open(HandMadeXlsx.write(directory.resolve("dates-1904.xlsx"),
                "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43894</v></c></row>", null, true))) {
            assertEquals(List.of(List.of("1", "2024-03-05")), readAll(reader));
        }
    }

    @Test
    void cellsAndRowsWithoutReferencesFollowThePreviousOne() throws Exception {
        Path file = HandMadeXlsx.write(directory.resolve("no-references.xlsx"), """
                <row><c t="inlineStr"><is><t>a</t></is></c><c/><c t="inlineStr"><is><t>c</t></is></c></row>\
                <row r="4"><c r="B4" t="b"><v>0</v></c></row>\
                <row><c t="e"><v>#N/A</v></c></row>
                """, null, false);
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            assertEquals(List.of(List.of("1", "a", "", "c"), List.of("4", "", "FALSE"), List.of("5", "#N/A")),
                    readAll(reader));
        }
    }

    @Test
    void richTextKeepsItsRunsAndDropsPhoneticGuides() throws Exception {
        String sharedStrings = """
                <si><t>客户名称</t></si>\
                <si><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r><rPh sb="0" eb="2"><t>zhāng sān</t></rPh></si>
                """;
        Path file = HandMadeXlsx.write(directory.resolve("rich-text.xlsx"), """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
                <c r="C1" t="inlineStr"><is><r><t>李</t></r><r><t xml:space="preserve"> 四</t></r>\
                <rPh sb="0" eb="1"><t>lǐ</t></rPh></is></c></row>
                """, sharedStrings, false);
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            assertEquals(List.of(List.of("1", "客户名称", "张三", "李 四")), readAll(reader));
        }
    }

    @Test
    void aSheetCutOffMidwayFailsAfterTheLastCompleteRowNamingIt() throws Exception {
        String complete = HandMadeXlsx.worksheet("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>客户编号</t></is></c></row>\
                <row r="2"><c r="A2" t="inlineStr"><is><t>C001</t></is></c></row>\
                <row r="3"><c r="A3" t="inlineStr"><is><t>C002</t></is></c></row>
                """);
        String cut = complete.substring(0, complete.indexOf("<row r=\"3\">") + 20);
        Path file = HandMadeXlsx.writeRawSheet(directory.resolve("cut-sheet.xlsx"), cut);
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            assertTrue(reader.next());
            assertTrue(reader.next());
            assertEquals(List.of("C001"), reader.cells());
            ImportException e = assertThrows(ImportException.class, reader::next);
            assertTrue(e.getMessage().startsWith("cut-sheet.xlsx: sheet 'Sheet1': after row 2: the sheet's data is "
                    + "damaged or cut off ("), e.getMessage());
        }
    }

    @Test
    void aValueTheCellTypeDoesNotAllowNamesTheCell() throws Exception {
        Path file = HandMadeXlsx.write(directory.resolve("bad-values.xlsx"), """
                <row r="1"><c r="A1" t="s"><v>0</v></c></row>\
                <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>7</v></c></row>
                """, "<si><t>x</t></si>", false);
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            assertTrue(reader.next());
            ImportException sharedString = assertThrows(ImportException.class, reader::next);
            assertTrue(sharedString.getMessage().startsWith(
                    "bad-values.xlsx: sheet 'Sheet1': cell B2: \"7\" is not a valid value of type s"),
                    sharedString.getMessage());
        }
        Path numbers = HandMadeXlsx.write(directory.resolve("bad-number.xlsx"),
                "<row r=\"3\"><c r=\"C3\"><v>twelve</v></c></row>", null, false);
        try (XlsxSheetReader reader = XlsxSheetReader.open(numbers)) {
            ImportException number = assertThrows(ImportException.class, reader::next);
            assertTrue(number.getMessage().startsWith(
                    "bad-number.xlsx: sheet 'Sheet1': cell C3: \"twelve\" is not a valid value of type n"),
                    number.getMessage());
        }
    }

    @Test
    void aRowWiderThanExcelAllowsIsDamage() throws Exception {
        Path file = HandMadeXlsx.write(directory.resolve("too-wide.xlsx"), "<row>" + "<c/>".repeat(16_385) + "</row>",
                null, false);
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            ImportException e = assertThrows(ImportException.class, reader::next);
            assertEquals("too-wide.xlsx: sheet 'Sheet1': row 1: more than 16384 columns", e.getMessage());
        }
    }

    /** @return every row as its Excel row number followed by its cells */
    static List<List<String>> readAll(XlsxSheetReader reader) throws ImportException {
        List<List<String>> rows = new ArrayList<>();
        while (reader.next()) {
            List<String> row = new ArrayList<>();
            row.add(Long.toString(reader.rowNumber()));
            row.addAll(reader.cells());
            rows.add(row);
        }
        return rows;
    }

    private static void save(org.apache.poi.ss.usermodel.Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
