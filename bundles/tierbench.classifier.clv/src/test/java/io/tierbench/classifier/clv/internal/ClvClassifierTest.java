package io.tierbench.classifier.clv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.clv.LifetimeModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClvClassifierTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    private static final Map<String, Object> HISTORICAL_ONLY = Map.of("schemes", new String[] {"historical"});

    @Test
    void historicalClvByHand() throws Exception {
        TreeMap<String, List<FactsContext.Purchase>> purchases = new TreeMap<>();
        // 2 orders, 150.00, first on 2024-01-01: tenure 90 days; 75 x (2 x 365 / 90) x 1.0 x 3 = 1825.00
        purchases.put("a", List.of(buy("2024-01-01", "100.00"), buy("2024-02-01", "50.00")));
        // one order 10 days ago: tenure raised to 30 days; 60 x (365 / 30) x 3 = 2190.00
        purchases.put("b", List.of(buy("2024-03-21", "60.00")));
        // two orders on one day are two orders here (F counts orders); 2023-04-01 is 365 days before (2024 is a
        // leap year): 40 x (2 x 365 / 365) x 3 = 240.00
        purchases.put("c", List.of(buy("2023-04-01", "30.00"), buy("2023-04-01", "50.00")));
        Map<String, Classification> result = byCustomer(TestConfigurations.classifier(HISTORICAL_ONLY)
                .classify(FactsContext.of(AS_OF, purchases)), "historical");
        assertEquals(new BigDecimal("1825.00"), result.get("a").scores().get("historical_clv"));
        assertEquals(new BigDecimal("2190.00"), result.get("b").scores().get("historical_clv"));
        assertEquals(new BigDecimal("240.00"), result.get("c").scores().get("historical_clv"));
        assertTrue(result.get("a").explanation().contains("Historical CLV 1825.00 = average order value 75.00 "
                + "(spend 150.00 / 2 purchases) x 8.11 purchases a year (2 x 365 / 90 days of tenure, at least 30) "
                + "x margin 1.0 x 3 years"), result.get("a").explanation());
    }

    @Test
    void marginAndLifetimeScaleTheHistoricalClv() throws Exception {
        TreeMap<String, List<FactsContext.Purchase>> purchases = new TreeMap<>();
        purchases.put("a", List.of(buy("2024-01-01", "100.00"), buy("2024-02-01", "50.00")));
        ClvClassifier classifier = TestConfigurations.classifier(Map.of("schemes", new String[] {"historical"},
                "margin", "0.5", "historical_lifetime_years", "2"));
        // 150 x 365 x 0.5 x 2 / 90 = 608.333...
        assertEquals(new BigDecimal("608.33"), byCustomer(classifier.classify(FactsContext.of(AS_OF, purchases)),
                "historical").get("a").scores().get("historical_clv"));
    }

    @Test
    void quantileTiersGiveTheTopFifthThenThreeTenthsAndEqualValuesShareATier() throws Exception {
        TreeMap<String, List<FactsContext.Purchase>> purchases = new TreeMap<>();
        // spends 100, 90, 90, 70, ..., 10 over the same tenure: historical CLV ranks as spend
        int[] spend = {100, 90, 90, 70, 60, 50, 40, 30, 20, 10};
        for (int i = 0; i < spend.length; i++) {
            purchases.put("c" + i, List.of(buy("2023-04-01", spend[i] + ".00")));
        }
        purchases.put("ghost", List.of());
        ClassifierResult result = TestConfigurations.classifier(HISTORICAL_ONLY)
                .classify(FactsContext.of(AS_OF, purchases));
        Map<String, String> tiers = byCustomer(result, "historical").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().label().key()));
        // L = customers strictly higher; top when L < 0.2 x 10, middle when L < 0.5 x 10
        assertEquals("top", tiers.get("c0"));       // L = 0
        assertEquals("top", tiers.get("c1"));       // L = 1
        assertEquals("top", tiers.get("c2"));       // L = 1: ties with c1, so three customers are top
        assertEquals("middle", tiers.get("c3"));    // L = 3
        assertEquals("middle", tiers.get("c4"));    // L = 4
        assertEquals("low", tiers.get("c5"));       // L = 5
        assertEquals("no-purchases", tiers.get("ghost"));
        Classification ghost = byCustomer(result, "historical").get("ghost");
        assertEquals("无购买", ghost.label().zh());
        assertEquals("高价值客户", byCustomer(result, "historical").get("c0").label().zh());
        assertTrue(result.summary().contains("top 3, middle 2, low 5."), result.summary());
    }

    @Test
    void thresholdsReplaceTheQuantiles() throws Exception {
        TreeMap<String, List<FactsContext.Purchase>> purchases = new TreeMap<>();
        purchases.put("big", List.of(buy("2023-03-31", "500.00")));   // 500 x 365 / 366 x 3 = 1495.90
        purchases.put("mid", List.of(buy("2023-03-31", "100.00")));   // 299.18
        purchases.put("small", List.of(buy("2023-03-31", "10.00")));  // 29.92
        ClvClassifier classifier = TestConfigurations.classifier(Map.of("schemes", new String[] {"historical"},
                "tier_thresholds_historical", new String[] {"1000; 299.18"},
                "tier_labels_en", new String[] {"top=Gold"}));
        Map<String, Classification> result = byCustomer(classifier.classify(FactsContext.of(AS_OF, purchases)),
                "historical");
        assertEquals("Gold", result.get("big").label().en());
        assertEquals("middle", result.get("mid").label().key());
        assertEquals("low", result.get("small").label().key());
    }

    @Test
    void predictiveRunOnCdnowFitsOnceAndExplainsItsNumbers() throws Exception {
        FactsContext context = new FactsContext(CdnowData.CALIBRATION_END,
                CdnowData.facts(CdnowData.transactions(), CdnowData.CALIBRATION_END));
        ClvClassifier classifier = TestConfigurations.classifier(Map.of());
        ClassifierResult result = classifier.classify(context);
        LifetimeModel model = classifier.fit(context);
        assertSame(model, classifier.fit(context));
        assertEquals(2, context.factsRequests(), "one read for the fit, one for the labels");

        Map<String, Double> parameters = model.parameters();
        assertEquals(0.243, parameters.get("r"), 0.001);
        assertEquals(4.414, parameters.get("alpha"), 0.001);
        assertEquals(0.793, parameters.get("a"), 0.001);
        assertEquals(2.426, parameters.get("b"), 0.001);
        assertEquals(6.25, parameters.get("p"), 0.01);
        assertEquals(3.74, parameters.get("q"), 0.01);
        assertEquals(15.44, parameters.get("gamma"), 0.01);
        assertEquals(-9582.4, model.logLikelihood(), 0.05);
        assertTrue(result.summary().contains("BG/NBD on 2357 customers (time in weeks): r = 0.24"), result.summary());

        Map<String, Classification> predictive = byCustomer(result, "predictive");
        assertEquals(2357, predictive.size());
        long top = predictive.values().stream().filter(c -> c.label().key().equals("top")).count();
        assertTrue(top >= 471 && top <= 472 + 20, "top " + top);
        Classification one = predictive.get("1");
        double pAlive = model.probabilityAlive("1").orElseThrow();
        assertEquals(BigDecimal.valueOf(pAlive).setScale(6, java.math.RoundingMode.HALF_UP),
                one.scores().get("p_alive"));
        assertEquals(List.of("p_alive", "expected_purchases", "expected_spend", "clv", "historical_clv", "x", "t_x",
                "T"), List.copyOf(one.scores().keySet()));
        assertTrue(one.explanation().contains("P(alive) = "), one.explanation());
        assertTrue(model.expectedPurchases("1", 273).orElseThrow() > 0);
        assertTrue(model.probabilityAlive("no such customer").isEmpty());
    }

    @Test
    void aBaseTooSmallToFitKeepsTheHistoricalSchemeAndSaysWhyThePredictiveIsMissing() throws Exception {
        TreeMap<String, List<FactsContext.Purchase>> purchases = new TreeMap<>();
        purchases.put("a", List.of(buy("2024-01-01", "10.00"), buy("2024-02-01", "10.00")));
        FactsContext context = FactsContext.of(AS_OF, purchases);
        ClvClassifier classifier = TestConfigurations.classifier(Map.of());

        ClassifierResult result = classifier.classify(context);

        assertEquals(List.of("historical"), result.classifications().stream().map(Classification::scheme).toList());
        assertTrue(result.summary().contains("Predictive CLV not computed: Too few customers to fit BG/NBD: "
                + "1 with a purchase, fit.min.customers = 20"), result.summary());
        int requestsAfterClassify = context.factsRequests();
        ClassificationException e = assertThrows(ClassificationException.class, () -> classifier.fit(context));
        assertEquals("Too few customers to fit BG/NBD: 1 with a purchase, fit.min.customers = 20", e.getMessage());
        assertEquals(requestsAfterClassify, context.factsRequests(), "the failed fit is not retried in the same run");
    }

    @Test
    void aPredictiveOnlyConfigurationFailsTheRunWithTheReason() {
        TreeMap<String, List<FactsContext.Purchase>> purchases = new TreeMap<>();
        purchases.put("a", List.of(buy("2024-01-01", "10.00"), buy("2024-02-01", "10.00")));
        FactsContext context = FactsContext.of(AS_OF, purchases);
        ClvClassifier classifier = TestConfigurations.classifier(Map.of("schemes", new String[] {"predictive"}));

        ClassificationException e = assertThrows(ClassificationException.class, () -> classifier.classify(context));
        assertEquals("Too few customers to fit BG/NBD: 1 with a purchase, fit.min.customers = 20", e.getMessage());
    }

    @Test
    void anInvalidConfigurationNamesEveryProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestConfigurations
                .classifier(Map.of("time_unit", "fortnights", "tier_shares", new String[] {"0.8; 0.3"},
                        "schemes", new String[] {"predictive; magic"})));
        assertTrue(e.getMessage().contains("time.unit must be weeks or days"), e.getMessage());
        assertTrue(e.getMessage().contains("tier.shares must be two shares"), e.getMessage());
        assertTrue(e.getMessage().contains("'magic' is not predictive or historical"), e.getMessage());
    }

    @Test
    void theEffectiveConfigurationUsesTheCfgKeys() {
        Map<String, String> configuration = TestConfigurations.classifier(Map.of()).configuration();
        assertEquals("predictive; historical", configuration.get("schemes"));
        assertEquals("weeks", configuration.get("time.unit"));
        assertEquals("0.01", configuration.get("discount.rate.monthly"));
        assertEquals("0.2; 0.3", configuration.get("tier.shares"));
    }

    private static FactsContext.Purchase buy(String date, String amount) {
        return new FactsContext.Purchase(LocalDate.parse(date), new BigDecimal(amount));
    }

    private static Map<String, Classification> byCustomer(ClassifierResult result, String scheme) {
        return result.classifications().stream().filter(c -> c.scheme().equals(scheme))
                .collect(Collectors.toMap(Classification::customerId, c -> c));
    }
}
