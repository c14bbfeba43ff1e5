package io.tierbench.classifier.jade.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The preference scheme against hand-computed cases, with the default configuration (60 %, jade categories). */
class PreferenceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void anImportedPreferenceWinsOverPurchasesAndTheExplanationSaysImported() throws Exception {
        // bought only bangles (wearing), but the shop recorded a collector
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1", "preference", "收藏").bought("c1", "手镯", "9000.00"));
        Classification c1 = Runs.of(result, "preference", "c1");

        assertEquals("collection", c1.label().key());
        assertEquals("收藏", c1.label().zh());
        assertEquals("Collector", c1.label().en());
        assertEquals(BigDecimal.ONE, c1.scores().get("preference_source"));
        assertEquals(new BigDecimal("9000.00"), c1.scores().get("wearing_spend"));
        assertTrue(c1.explanation().startsWith("Imported preference '收藏' (attribute preference) -> collection (收藏)"),
                c1.explanation());
        assertTrue(c1.explanation().contains("wearing 9000.00"), c1.explanation());
    }

    @Test
    void englishAndChineseValuesAndAttributeNamesAreRead() throws Exception {
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("en", "preference", " Investment ")
                .person("wearer", "preference", "Wearer")
                .person("zh-name", "偏好", "佩戴")
                .person("header-case", "Preference", "collection"));

        assertEquals(Map.of("en", "investment", "wearer", "wearing", "zh-name", "wearing",
                "header-case", "collection"), Runs.labels(result, "preference"));
        assertTrue(Runs.of(result, "preference", "zh-name").explanation().contains("(attribute 偏好)"));
    }

    @Test
    void anImportedValueThatNamesNoPreferenceIsIgnoredAndPurchasesDecide() throws Exception {
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1", "preference", "古董").bought("c1", "原石", "5000.00"));
        Classification c1 = Runs.of(result, "preference", "c1");

        assertEquals("investment", c1.label().key());
        assertEquals(BigDecimal.valueOf(2), c1.scores().get("preference_source"));
        assertTrue(c1.explanation().startsWith("Imported preference '古董' (attribute preference) names no "
                + "preference"), c1.explanation());
    }

    @Test
    void exactlySixtyPercentOfTheCategorisedSpendWinsAndJustBelowIsMixed() throws Exception {
        // at: 600 / (600 + 400) = 60 % exactly; below: 599.99 / 1000.00 = 59.999 %
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("at").bought("at", "手镯", "600.00").bought("at", "摆件", "400.00")
                .person("below").bought("below", "吊坠", "599.99").bought("below", "把件", "400.01"));
        Classification at = Runs.of(result, "preference", "at");
        Classification below = Runs.of(result, "preference", "below");

        assertEquals("wearing", at.label().key());
        assertEquals(0, new BigDecimal("60").compareTo(at.scores().get("top_share")));
        assertTrue(at.explanation().contains("the largest, wearing, holds 60 % >= 60 % -> wearing (佩戴)"),
                at.explanation());
        assertEquals("mixed", below.label().key());
        assertEquals(new BigDecimal("59.9990"), below.scores().get("top_share"));
        assertTrue(below.explanation().contains("holds 59.999 % < 60 % -> mixed (多元)"), below.explanation());
    }

    @Test
    void spendSpreadOverPreferencesIsMixedAndUncategorisedSpendDoesNotCount() throws Exception {
        // collection 500 (摆件 300 + 雕件 200), investment 500 (原石): 50 % each; the 证书 service of 9000 is not in
        // the map, so it neither counts nor dilutes the shares
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1").bought("c1", "摆件", "300").bought("c1", "雕件", "200").bought("c1", "原石", "500")
                .bought("c1", "证书", "9000"));
        Classification c1 = Runs.of(result, "preference", "c1");

        assertEquals("mixed", c1.label().key());
        assertEquals(new BigDecimal("1000"), c1.scores().get("categorised_spend"));
        assertEquals(new BigDecimal("500"), c1.scores().get("collection_spend"));
        assertEquals(0, new BigDecimal("50").compareTo(c1.scores().get("top_share")));
        assertTrue(c1.explanation().contains("(uncategorised 9000)"), c1.explanation());
        assertTrue(result.summary().contains("证书 1"), result.summary());
    }

    @Test
    void withoutImportedPreferenceOrCategorisedPurchaseTheCustomerIsUnknown() throws Exception {
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("never-bought")
                .person("no-category").bought("no-category", null, "800")
                .person("only-unmapped").bought("only-unmapped", "保养", "200"));

        assertEquals(Map.of("never-bought", "unknown", "no-category", "unknown", "only-unmapped", "unknown"),
                Runs.labels(result, "preference"));
        Classification unknown = Runs.of(result, "preference", "never-bought");
        assertEquals("未知", unknown.label().zh());
        assertTrue(unknown.explanation().startsWith("No imported preference; "), unknown.explanation());
        assertTrue(unknown.explanation().contains("no completed purchase in a mapped category -> unknown"),
                unknown.explanation());
        assertTrue(result.summary().contains("(none) 1, 保养 1"), result.summary());
    }

    @Test
    void refundsCancellationsAndOrdersAfterTheAsOfDateAreIgnored() throws Exception {
        // only the 300 bangle counts: wearing 100 %, although the raw stones are worth far more
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1").bought("c1", "手镯", "300")
                .order("c1", "原石", "50000", OrderStatus.REFUNDED, AS_OF)
                .order("c1", "原石", "50000", OrderStatus.CANCELLED, AS_OF.minusDays(3))
                .order("c1", "原石", "50000", OrderStatus.COMPLETED, AS_OF.plusDays(1)));
        Classification c1 = Runs.of(result, "preference", "c1");

        assertEquals("wearing", c1.label().key());
        assertEquals(BigDecimal.ZERO, c1.scores().get("investment_spend"));
        assertEquals(new BigDecimal("300"), c1.scores().get("categorised_spend"));
    }

    @Test
    void categoriesMatchInAnyCaseAndWithSpaces() throws Exception {
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1").bought("c1", "Raw Stone", "700").bought("c1", " BANGLE ", "300"));

        assertEquals("investment", Runs.of(result, "preference", "c1").label().key());
    }
}
