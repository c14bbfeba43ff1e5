package io.tierbench.report.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.report.ReportContent;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.report.support.ReportFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Workbooks of the hand-built shop, read back with POI and checked against the repository's counts. */
class XlsxReportGeneratorTest {

    private final ReportFixture shop = ReportFixture.open();
    private final XlsxReportGenerator generator = new XlsxReportGenerator();

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void theWorkbookHoldsTheTableTheListsASummaryPerClassifierAndAnAboutSheet() throws IOException {
        try (XSSFWorkbook workbook = generate("run-en.xlsx", ReportContent.CLASSIFICATION_TABLE, "en", false)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Customer classification", "Contact this week", "Win back", "rfm summary",
                    "abc summary", "clv summary", "lifecycle summary", "About"), names);
        }
    }

    @Test
    void theTableHasARowPerCustomerWithFormatsFrozenHeaderFilterAndTheRepositorysLabelCounts() throws IOException {
        try (XSSFWorkbook workbook = generate("table-en.xlsx", ReportContent.CLASSIFICATION_TABLE, "en", false)) {
            XSSFSheet sheet = workbook.getSheet("Customer classification");
            Map<String, Integer> columns = headers(sheet.getRow(0));
            assertEquals(shop.customers().countCustomers(), sheet.getLastRowNum());

            Row c01 = sheet.getRow(1);
            Cell spend = c01.getCell(columns.get("Purchase amount"));
            assertEquals(CellType.NUMERIC, spend.getCellType());
            assertEquals(12000.0, spend.getNumericCellValue());
            assertEquals("#,##0.00", spend.getCellStyle().getDataFormatString());
            Cell last = c01.getCell(columns.get("Last purchase"));
            assertTrue(DateUtil.isCellDateFormatted(last));
            assertEquals(LocalDate.of(2026, 1, 10), last.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(3.0, c01.getCell(columns.get("Purchase frequency (purchases)")).getNumericCellValue());
            assertEquals("Can't Lose Them", c01.getCell(columns.get("RFM segment")).getStringCellValue());
            assertEquals("13812345678", c01.getCell(columns.get("Phone")).getStringCellValue());

            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(2, pane.getVerticalSplitPosition());
            assertEquals("A1:" + columnLetter(columns.size() - 1) + (shop.customers().countCustomers() + 1),
                    sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(shop.labelCounts("en"), labelCounts(sheet, Map.of("RFM segment", "rfm.segment",
                    "RFM value class", "rfm.value", "ABC class", "abc.class", "CLV tier (predictive)",
                    "clv.predictive", "CLV tier (historical)", "clv.historical", "Lifecycle stage",
                    "lifecycle_stage")));
        }
    }

    @Test
    void eachSummarySheetCountsWhatTheRepositoryCounts() throws IOException {
        try (XSSFWorkbook workbook = generate("summary-en.xlsx", ReportContent.CLASSIFICATION_TABLE, "en", false)) {
            for (String classifier : List.of("rfm", "abc", "clv", "lifecycle")) {
                XSSFSheet sheet = workbook.getSheet(classifier + " summary");
                Map<String, Long> expected = new TreeMap<>();
                for (LabelCount count : shop.runs().labelDistribution(shop.secondRun())) {
                    if (count.classifierId().equals(classifier)) {
                        expected.merge(count.label().key(), count.customers(), Long::sum);
                    }
                }
                Map<String, Long> shown = new TreeMap<>();
                for (Row row : sheet) {
                    Cell key = row.getCell(1);
                    Cell customers = row.getCell(2);
                    if (key != null && customers != null && customers.getCellType() == CellType.NUMERIC
                            && row.getCell(3) != null) {
                        shown.merge(key.getStringCellValue(), (long) customers.getNumericCellValue(), Long::sum);
                    }
                }
                assertEquals(expected, shown, classifier);
                assertTrue(text(sheet).contains("summary of run " + shop.secondRun()), classifier);
            }
        }
    }

    @Test
    void chineseSheetNamesHeadersAndLabelsWithMaskedPersonalData() throws IOException {
        try (XSSFWorkbook workbook = generate("table-zh-masked.xlsx", ReportContent.CLASSIFICATION_TABLE, "zh",
                true)) {
            assertEquals("客户分级表", workbook.getSheetName(0));
            assertEquals("本周联系", workbook.getSheetName(1));
            assertEquals("挽回名单", workbook.getSheetName(2));
            XSSFSheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = headers(sheet.getRow(0));
            assertTrue(columns.keySet().containsAll(List.of("客户名称", "省份", "城市", "行业类型", "公司规模(人)",
                    "购买频率(次)", "购买金额", "客户生命周期阶段")), columns.keySet().toString());
            assertEquals("张*", sheet.getRow(1).getCell(columns.get("客户名称")).getStringCellValue());
            assertEquals("138****5678", sheet.getRow(1).getCell(columns.get("电话")).getStringCellValue());
            assertEquals("杭州翠玉珠宝有限公司", sheet.getRow(3).getCell(columns.get("客户名称")).getStringCellValue());
            assertEquals(shop.labelCounts("zh").get("lifecycle_stage"),
                    labelCounts(sheet, Map.of("客户生命周期阶段", "lifecycle_stage")).get("lifecycle_stage"));
            XSSFSheet winBack = workbook.getSheet("挽回名单");
            assertEquals("王*", winBack.getRow(1).getCell(headers(winBack.getRow(0)).get("客户名称"))
                    .getStringCellValue());
        }
    }

    @Test
    void theActionListSheetsHoldTheListsInSpendOrder() throws IOException {
        try (XSSFWorkbook workbook = generate("lists.xlsx", ReportContent.CLASSIFICATION_TABLE, "en", false)) {
            assertEquals(ReportFixture.CONTACT_THIS_WEEK, ids(workbook.getSheet("Contact this week")));
            assertEquals(ReportFixture.WIN_BACK, ids(workbook.getSheet("Win back")));
            XSSFSheet contact = workbook.getSheet("Contact this week");
            assertEquals(3, contact.getPaneInformation().getVerticalSplitPosition());
        }
        try (XSSFWorkbook workbook = generate("contact.xlsx", ReportContent.CONTACT_THIS_WEEK, "zh", false)) {
            assertEquals(2, workbook.getNumberOfSheets());
            assertEquals("本周联系", workbook.getSheetName(0));
            assertEquals(ReportFixture.CONTACT_THIS_WEEK, ids(workbook.getSheetAt(0)));
        }
    }

    private XSSFWorkbook generate(String name, ReportContent content, String language, boolean mask)
            throws IOException {
        Path file = ReportFixture.outputFolder(getClass()).resolve(name);
        generator.generate(shop.request(content, language, mask), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Map<String, Integer> headers(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        header.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
        return columns;
    }

    private static List<String> ids(XSSFSheet sheet) {
        int column = headers(sheet.getRow(0)).getOrDefault("Customer id", headers(sheet.getRow(0)).get("客户编号"));
        List<String> ids = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            ids.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return ids;
    }

    private static Map<String, Map<String, Long>> labelCounts(XSSFSheet sheet, Map<String, String> columns) {
        Map<String, Integer> index = headers(sheet.getRow(0));
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            columns.forEach((header, key) -> counts.computeIfAbsent(key, k -> new TreeMap<>())
                    .merge(row.getCell(index.get(header)).getStringCellValue(), 1L, Long::sum));
        }
        return counts;
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
        return text.toString();
    }

    private static String columnLetter(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }
}
