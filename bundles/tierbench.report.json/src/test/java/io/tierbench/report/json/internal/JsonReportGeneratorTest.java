package io.tierbench.report.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tierbench.api.report.ReportContent;
import io.tierbench.report.support.ReportFixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JSON documents of the hand-built shop, parsed back with Jackson and checked against the repository's counts. */
class JsonReportGeneratorTest {

    private final ReportFixture shop = ReportFixture.open();
    private final JsonReportGenerator generator = new JsonReportGenerator();

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void theTableHasARowPerCustomerWithTypedCellsAndTheRepositorysLabelCounts() throws IOException {
        Path file = ReportFixture.outputFolder(getClass()).resolve("table.json");
        generator.generate(shop.request(ReportContent.CLASSIFICATION_TABLE, "en", false), file);

        Map<String, Object> document = JsonTree.read(file);
        assertEquals("classification-table", document.get("report"));
        List<Map<String, Object>> rows = rows(document);
        assertEquals(shop.customers().countCustomers(), rows.size());
        assertEquals(BigDecimal.valueOf(rows.size()), document.get("rowCount"));
        Map<String, Object> c01 = rows.get(0);
        assertEquals(new BigDecimal("12000.00"), c01.get("total_spend"));
        assertEquals(new BigDecimal("3"), c01.get("purchase_count"));
        assertEquals("2026-01-10", c01.get("last_purchase"));
        assertEquals(Map.of("key", "cant-lose-them", "label", "Can't Lose Them"), c01.get("rfm.segment"));
        assertNull(rows.get(6).get("last_purchase"));
        assertEquals(shop.labelCounts("en"), labelCounts(rows));
        @SuppressWarnings("unchecked")
        Map<String, Object> run = (Map<String, Object>) document.get("run");
        assertEquals(BigDecimal.valueOf(shop.secondRun()), run.get("id"));
        assertEquals("2026-06-30", run.get("asOf"));
        assertEquals(4, ((List<?>) run.get("classifiers")).size());
    }

    @Test
    void chineseLabelsAndMaskedPersonalData() throws IOException {
        Path file = ReportFixture.outputFolder(getClass()).resolve("table-zh-masked.json");
        generator.generate(shop.request(ReportContent.CLASSIFICATION_TABLE, "zh", true), file);

        Map<String, Object> document = JsonTree.read(file);
        List<Map<String, Object>> rows = rows(document);
        assertEquals("张*", rows.get(0).get("name"));
        assertEquals("138****5678", rows.get(0).get("phone"));
        assertEquals(Boolean.TRUE, document.get("masked"));
        assertEquals(shop.labelCounts("zh"), labelCounts(rows));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> columns = (List<Map<String, Object>>) document.get("columns");
        assertEquals(Map.of("key", "total_spend", "header", "购买金额", "type", "money"), columns.get(12));
    }

    @Test
    void actionListsKeepTheirOrderAndReasonKeys() throws IOException {
        Path contact = ReportFixture.outputFolder(getClass()).resolve("contact.json");
        Path winBack = ReportFixture.outputFolder(getClass()).resolve("winback.json");
        generator.generate(shop.request(ReportContent.CONTACT_THIS_WEEK, "en", false), contact);
        generator.generate(shop.request(ReportContent.WIN_BACK, "en", false), winBack);

        List<Map<String, Object>> contactRows = rows(JsonTree.read(contact));
        assertEquals(ReportFixture.CONTACT_THIS_WEEK, contactRows.stream().map(r -> r.get("customer_id")).toList());
        assertEquals(List.of(BigDecimal.ONE, BigDecimal.valueOf(2)), contactRows.stream().map(r -> r.get("rank"))
                .toList());
        Map<String, Object> document = JsonTree.read(winBack);
        assertEquals("win-back", document.get("report"));
        assertEquals(ReportFixture.WIN_BACK, rows(document).stream().map(r -> r.get("customer_id")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> reason = (Map<String, Object>) rows(document).get(1).get("reason");
        assertEquals("clv.historical=top", reason.get("key"));
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path file = ReportFixture.outputFolder(getClass()).resolve("replaced.json");
        Files.writeString(file, "x".repeat(100_000));
        generator.generate(shop.request(ReportContent.WIN_BACK, "en", false), file);

        assertEquals("win-back", JsonTree.read(file).get("report"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> document) {
        return (List<Map<String, Object>>) document.get("rows");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Long>> labelCounts(List<Map<String, Object>> rows) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            row.forEach((key, value) -> {
                boolean labelColumn = key.equals("lifecycle_stage") || key.indexOf('.') > 0 && key.indexOf('.')
                        == key.lastIndexOf('.');
                if (labelColumn && value instanceof Map<?, ?> label) {
                    counts.computeIfAbsent(key, k -> new TreeMap<>()).merge((String) label.get("label"), 1L,
                            Long::sum);
                }
            });
        }
        return counts;
    }
}
