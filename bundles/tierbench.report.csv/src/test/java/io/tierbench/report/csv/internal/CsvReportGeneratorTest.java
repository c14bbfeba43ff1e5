package io.tierbench.report.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.report.ReportContent;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.report.support.ReportFixture;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CSV files of the hand-built shop, read back with Commons CSV and checked against the repository's counts. */
class CsvReportGeneratorTest {

    private final ReportFixture shop = ReportFixture.open();
    private final CsvReportGenerator generator = new CsvReportGenerator(
            ComponentConfigurations.of(CsvReportConfiguration.class, Map.of()));

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void theTableHasARowPerCustomerAndTheRepositorysLabelCounts() throws IOException {
        Path file = ReportFixture.outputFolder(getClass()).resolve("table-en.csv");
        generator.generate(shop.request(ReportContent.CLASSIFICATION_TABLE, "en", false), file);

        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "starts with a UTF-8 byte-order mark");
        List<CSVRecord> rows = read(file);
        assertEquals(shop.customers().countCustomers(), rows.size());
        CSVRecord c01 = rows.get(0);
        assertEquals("张伟", c01.get("Customer name"));
        assertEquals("13812345678", c01.get("Phone"));
        assertEquals("12000.00", c01.get("Purchase amount"));
        assertEquals("3", c01.get("Purchase frequency (purchases)"));
        assertEquals("2026-01-10", c01.get("Last purchase"));
        assertEquals("Can't Lose Them", c01.get("RFM segment"));
        assertEquals("At risk", c01.get("Lifecycle stage"));
        assertEquals("0.1", c01.get("P(alive)"));
        assertEquals("", rows.get(6).get("Last purchase"));
        assertEquals(shop.labelCounts("en"), countLabels(rows, Map.of("RFM segment", "rfm.segment",
                "RFM value class", "rfm.value", "ABC class", "abc.class", "CLV tier (predictive)", "clv.predictive",
                "CLV tier (historical)", "clv.historical", "Lifecycle stage", "lifecycle_stage")));
    }

    @Test
    void chineseHeadersAndLabelsAndMaskedPersonalData() throws IOException {
        Path file = ReportFixture.outputFolder(getClass()).resolve("table-zh-masked.csv");
        generator.generate(shop.request(ReportContent.CLASSIFICATION_TABLE, "zh", true), file);

        List<CSVRecord> rows = read(file);
        CSVRecord c01 = rows.get(0);
        assertEquals("张*", c01.get("客户名称"));
        assertEquals("138****5678", c01.get("电话"));
        assertEquals("z***@example.com", c01.get("邮箱"));
        assertEquals("不能失去", c01.get("RFM 客户细分"));
        assertEquals("杭州翠玉珠宝有限公司", rows.get(2).get("客户名称"));
        assertEquals(shop.labelCounts("zh").get("lifecycle_stage"),
                countLabels(rows, Map.of("客户生命周期阶段", "lifecycle_stage")).get("lifecycle_stage"));
    }

    @Test
    void actionListsInSpendOrderWithTheirReasons() throws IOException {
        Path contact = ReportFixture.outputFolder(getClass()).resolve("contact.csv");
        Path winBack = ReportFixture.outputFolder(getClass()).resolve("winback.csv");
        generator.generate(shop.request(ReportContent.CONTACT_THIS_WEEK, "en", false), contact);
        generator.generate(shop.request(ReportContent.WIN_BACK, "zh", false), winBack);

        List<CSVRecord> contactRows = read(contact);
        assertEquals(ReportFixture.CONTACT_THIS_WEEK, contactRows.stream().map(r -> r.get("Customer id")).toList());
        assertEquals("RFM segment Can't Lose Them; lifecycle stage At risk with CLV tier Top",
                contactRows.get(0).get("Why on the list"));
        assertEquals(ReportFixture.WIN_BACK, read(winBack).stream().map(r -> r.get("客户编号")).toList());
        assertEquals("ABC 分类：B类客户；RFM 细分：有流失风险；RFM 八类：重要挽留客户", read(winBack).get(0).get("列入原因"));
    }

    @Test
    void withoutByteOrderMarkAndWithSemicolons() throws IOException {
        CsvReportGenerator plain = new CsvReportGenerator(ComponentConfigurations.of(CsvReportConfiguration.class,
                Map.of("utf8_bom", false, "delimiter", ";")));
        Path file = ReportFixture.outputFolder(getClass()).resolve("winback-plain.csv");
        plain.generate(shop.request(ReportContent.WIN_BACK, "en", false), file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("No.;Customer id;"), text.substring(0, 20));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (Reader reader = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    /** @return per column key, how many rows carry each label text */
    private static Map<String, Map<String, Long>> countLabels(List<CSVRecord> rows, Map<String, String> columns) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (CSVRecord row : rows) {
            columns.forEach((header, key) -> counts.computeIfAbsent(key, k -> new TreeMap<>())
                    .merge(row.get(header), 1L, Long::sum));
        }
        return counts;
    }
}
