package io.tierbench.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.model.Label;
import io.tierbench.api.report.ReportContent;
import io.tierbench.api.report.ReportRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassificationTableTest {

    private final ReportFixture shop = ReportFixture.open();

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void theArticlesColumnsThenEachSchemesLabelAndKeyScoresThenTags() {
        ClassificationTable table = new ClassificationTable(ReportRun.open(
                shop.request(ReportContent.CLASSIFICATION_TABLE, "en", false)));

        List<String> keys = table.columns().stream().map(ReportColumn::key).toList();
        assertEquals(List.of("customer_id", "name", "type", "phone", "email", "wechat_id", "province", "city",
                "industry", "company_size", "owner", "purchase_count", "total_spend", "last_purchase",
                "days_since_last_purchase", "lifecycle_stage",
                "rfm.segment", "rfm.segment.r_score", "rfm.segment.f_score", "rfm.segment.m_score", "rfm.value",
                "abc.class", "abc.class.rank", "abc.class.share", "abc.class.cumulative_share_before",
                "clv.predictive", "clv.predictive.clv", "clv.predictive.p_alive", "clv.predictive.expected_purchases",
                "clv.historical", "clv.historical.historical_clv", "tags"), keys);
        List<String> zh = table.columns().stream().map(c -> c.header("zh")).toList();
        assertTrue(zh.containsAll(List.of("客户名称", "行业类型", "公司规模(人)", "购买频率(次)", "购买金额",
                "客户生命周期阶段", "RFM 客户细分")), zh.toString());
    }

    @Test
    void oneRowPerCustomerWithItsCells() {
        ClassificationTable table = new ClassificationTable(ReportRun.open(
                shop.request(ReportContent.CLASSIFICATION_TABLE, "en", false)));
        List<String> keys = table.columns().stream().map(ReportColumn::key).toList();
        List<List<Object>> rows = rows(table);

        assertEquals(ReportFixture.CUSTOMERS, rows.size());
        List<Object> c01 = rows.get(0);
        assertEquals("张伟", c01.get(keys.indexOf("name")));
        assertEquals("13812345678", c01.get(keys.indexOf("phone")));
        assertEquals(3L, c01.get(keys.indexOf("purchase_count")));
        assertEquals(0, new BigDecimal("12000.00").compareTo((BigDecimal) c01.get(keys.indexOf("total_spend"))));
        assertEquals(LocalDate.of(2026, 1, 10), c01.get(keys.indexOf("last_purchase")));
        assertEquals("at-risk", ((Label) c01.get(keys.indexOf("lifecycle_stage"))).key());
        assertEquals("不能失去", ((Label) c01.get(keys.indexOf("rfm.segment"))).zh());
        assertEquals(new BigDecimal("2"), c01.get(keys.indexOf("rfm.segment.r_score")));
        assertNull(c01.get(keys.indexOf("clv.predictive.expected_purchases")));
        assertEquals("客户类型/老客户; 兴趣/收藏", c01.get(keys.indexOf("tags")), "ordered by source, group, name");
        List<Object> c03 = rows.get(2);
        assertEquals("company", ((Label) c03.get(keys.indexOf("type"))).key());
        assertEquals(120L, c03.get(keys.indexOf("company_size")));
    }

    @Test
    void maskingHidesPersonalDataButNotCompanyNames() {
        ClassificationTable table = new ClassificationTable(ReportRun.open(
                shop.request(ReportContent.CLASSIFICATION_TABLE, "zh", true)));
        List<String> keys = table.columns().stream().map(ReportColumn::key).toList();
        List<List<Object>> rows = rows(table);

        assertEquals("张*", rows.get(0).get(keys.indexOf("name")));
        assertEquals("138****5678", rows.get(0).get(keys.indexOf("phone")));
        assertEquals("z***@example.com", rows.get(0).get(keys.indexOf("email")));
        assertEquals("w***********i", rows.get(0).get(keys.indexOf("wechat_id")));
        assertEquals("杭州翠玉珠宝有限公司", rows.get(2).get(keys.indexOf("name")));
        assertEquals("0571-****6655", rows.get(2).get(keys.indexOf("phone")));
    }

    @Test
    void anEarlierRunHasOnlyItsOwnSchemes() {
        ReportRun run = ReportRun.open(new ReportRequest(shop.firstRun(), ReportContent.CLASSIFICATION_TABLE, "en",
                false, shop.customers(), shop.runs()));
        ClassificationTable table = new ClassificationTable(run);
        List<String> keys = table.columns().stream().map(ReportColumn::key).toList();

        assertFalse(keys.contains("abc.class"));
        assertTrue(keys.contains("rfm.segment"));
        List<List<Object>> rows = rows(table);
        assertEquals(0L, rows.get(2).get(keys.indexOf("purchase_count")));
        assertEquals("loyal-customers", ((Label) rows.get(0).get(keys.indexOf("rfm.segment"))).key());
    }

    private static List<List<Object>> rows(ReportTable table) {
        List<List<Object>> rows = new ArrayList<>();
        table.forEachRow(rows::add);
        return rows;
    }
}
