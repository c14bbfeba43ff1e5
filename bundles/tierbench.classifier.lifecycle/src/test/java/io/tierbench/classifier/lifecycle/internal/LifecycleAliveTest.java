package io.tierbench.classifier.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.clv.LifetimeModelService;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * P(alive) from a lifetime model written by hand. Every customer "steady" below buys every 30 days and last bought 20
 * days ago: on days alone it is active (20 <= max(2 x 30, 30) = 60 and <= 365), so only P(alive) can move it.
 */
class LifecycleAliveTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    private static final long[] STEADY = {20, 50, 80, 110};

    @Test
    void pAliveBelowTheChurnBoundMakesAnOtherwiseActiveCustomerChurned() throws Exception {
        Classification steady = classifyWith(0.05).get("steady");
        assertEquals("churned", steady.label().key());
        assertEquals("Rule 4 (churned): d = 20 days since the last purchase (2024-03-11) is within the churn "
                + "horizon of 365 days; P(alive) 0.05 < 0.1.", steady.explanation());
        assertEquals(0, new BigDecimal("0.05").compareTo(steady.scores().get("p_alive")));
    }

    @Test
    void pAliveBelowTheAtRiskBoundMakesItAtRisk() throws Exception {
        Classification steady = classifyWith(0.3).get("steady");
        assertEquals("at-risk", steady.label().key());
        assertEquals("Rule 5 (at risk): d = 20 days since the last purchase (2024-03-11) <= threshold 60 days = "
                + "max(2 x median gap 30 days, minimum 30 days), from 4 purchase dates; P(alive) 0.3 < 0.5.",
                steady.explanation());
    }

    @Test
    void theBoundsThemselvesAreNotBelow() throws Exception {
        assertEquals("at-risk", classifyWith(0.1).get("steady").label().key());
        assertEquals("active", classifyWith(0.5).get("steady").label().key());
        assertTrue(classifyWith(0.9).get("steady").explanation().endsWith("; P(alive) 0.9 >= 0.5."));
    }

    @Test
    void wonBackAndNewComeBeforeAnyPAliveRule() throws Exception {
        FakeLifetimeModelService model = FakeLifetimeModelService.fitting()
                .alive("won-back", 0.01).alive("new", 0.01).alive("old", 0.01);
        FakeClassificationContext context = new FakeClassificationContext(AS_OF)
                .buyer("won-back", 10, 500).buyer("new", 30).buyer("old", 400);
        Map<String, Classification> byId = byId(classifier(model).classify(context));
        assertEquals("won-back", byId.get("won-back").label().key());
        assertEquals("new", byId.get("new").label().key());
        assertTrue(byId.get("old").explanation().contains("> the churn horizon of 365 days; P(alive) 0.01 < 0.1"));
    }

    @Test
    void aCustomerTheModelHasNoValueForIsDecidedOnDays() throws Exception {
        ClassifierResult result = classifier(FakeLifetimeModelService.fitting()).classify(steady());
        Classification steady = byId(result).get("steady");
        assertEquals("active", steady.label().key());
        assertFalse(steady.scores().containsKey("p_alive"));
        assertTrue(result.summary().contains("P(alive) from the lifetime model fitted as of 2024-03-31."));
    }

    @Test
    void aFailedFitIsReportedAndTheRunGoesOnWithoutPAlive() throws Exception {
        FakeLifetimeModelService failing = FakeLifetimeModelService.failing("BG/NBD did not converge");
        ClassifierResult result = classifier(failing).classify(steady());
        assertEquals("active", byId(result).get("steady").label().key());
        assertFalse(byId(result).get("steady").scores().containsKey("p_alive"));
        assertTrue(result.summary().contains(
                "P(alive) not used: the lifetime model fit failed (BG/NBD did not converge)"), result.summary());
    }

    @Test
    void theModelIsFittedOncePerRun() throws Exception {
        FakeLifetimeModelService model = FakeLifetimeModelService.fitting();
        classifier(model).classify(steady().buyer("other", 5).nonBuyer("nobody"));
        assertEquals(1, model.fits());
    }

    @Test
    void aModelArrivingOrLeavingIsUsedFromTheNextRun() throws Exception {
        // sets the reference field the way Service Component Runtime does for a dynamic field reference
        LifecycleClassifier classifier = new LifecycleClassifier(TestConfigurations.with(Map.of()));
        assertEquals("active", byId(classifier.classify(steady())).get("steady").label().key());
        bind(classifier, FakeLifetimeModelService.fitting().alive("steady", 0.05));
        assertEquals("churned", byId(classifier.classify(steady())).get("steady").label().key());
        bind(classifier, null);
        assertEquals("active", byId(classifier.classify(steady())).get("steady").label().key());
    }

    private static void bind(LifecycleClassifier classifier, LifetimeModelService service) throws Exception {
        Field field = LifecycleClassifier.class.getDeclaredField("lifetimeModel");
        field.setAccessible(true);
        field.set(classifier, service);
    }

    private static Map<String, Classification> classifyWith(double pAlive) throws Exception {
        return byId(classifier(FakeLifetimeModelService.fitting().alive("steady", pAlive)).classify(steady()));
    }

    private static FakeClassificationContext steady() {
        return new FakeClassificationContext(AS_OF).buyer("steady", STEADY);
    }

    private static LifecycleClassifier classifier(LifetimeModelService model) {
        return new LifecycleClassifier(TestConfigurations.settings(Map.of()), model);
    }

    private static Map<String, Classification> byId(ClassifierResult result) {
        return result.classifications().stream()
                .collect(Collectors.toMap(Classification::customerId, Function.identity()));
    }
}
