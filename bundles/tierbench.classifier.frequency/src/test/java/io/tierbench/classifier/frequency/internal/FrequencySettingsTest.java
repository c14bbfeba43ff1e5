package io.tierbench.classifier.frequency.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.model.InteractionKind;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation names the property at fault; valid values are read as given. */
class FrequencySettingsTest {

    private static String problem(Map<String, Object> values) {
        return assertThrows(IllegalArgumentException.class,
                () -> FrequencySettings.from(TestConfigurations.with(values))).getMessage();
    }

    @Test
    void theDefaultsAreTheContractThresholdsAndEveryKind() {
        FrequencySettings settings = FrequencySettings.from(TestConfigurations.with(Map.of()));
        assertEquals(Map.of("purchases.window.days", "365", "purchases.frequent.min", "12",
                "purchases.regular.min", "4", "interactions.window.days", "90", "interactions.very.active.min", "8",
                "interactions.active.min", "3", "interactions.kinds", ""), settings.describe());
        assertEquals(EnumSet.allOf(InteractionKind.class), settings.kinds());
    }

    @Test
    void windowsMustBePositive() {
        assertTrue(problem(Map.of("purchases_window_days", 0))
                .contains("purchases.window.days must be a positive number of days, was 0"));
        assertTrue(problem(Map.of("interactions_window_days", -7))
                .contains("interactions.window.days must be a positive number of days, was -7"));
    }

    @Test
    void purchaseThresholdsMustBeStrictlyOrderedAboveTheFixedBands() {
        assertTrue(problem(Map.of("purchases_regular_min", 2))
                .contains("purchases.regular.min must be above 2 (2 purchase days are occasional), was 2"));
        assertTrue(problem(Map.of("purchases_frequent_min", 4))
                .contains("purchases.frequent.min must be above 4 (purchases.regular.min), was 4"));
        assertTrue(problem(Map.of("purchases_frequent_min", 6, "purchases_regular_min", 7))
                .contains("purchases.frequent.min must be above 7 (purchases.regular.min), was 6"));
    }

    @Test
    void interactionThresholdsMustBeStrictlyOrderedAboveTheFixedBands() {
        assertTrue(problem(Map.of("interactions_active_min", 1))
                .contains("interactions.active.min must be above 1 (1 interaction is occasional), was 1"));
        assertTrue(problem(Map.of("interactions_very_active_min", 3))
                .contains("interactions.very.active.min must be above 3 (interactions.active.min), was 3"));
    }

    @Test
    void unknownKindsAreNamedAndEnglishOrChineseNamesAreRead() {
        assertTrue(problem(Map.of("interactions_kinds", new String[] {"service; chat"}))
                .contains("interactions.kinds has an unknown kind 'chat' (known: communication, service, feedback, "
                        + "complaint, referral)"));
        FrequencySettings settings = FrequencySettings.from(TestConfigurations.with(
                Map.of("interactions_kinds", new String[] {"沟通; Complaint", "服务"})));
        assertEquals(EnumSet.of(InteractionKind.COMMUNICATION, InteractionKind.COMPLAINT, InteractionKind.SERVICE),
                settings.kinds());
        assertEquals("communication; service; complaint", settings.describe().get("interactions.kinds"));
    }

    @Test
    void everyProblemIsNamedInOneMessageWithThePid() {
        String message = problem(Map.of("purchases_window_days", 0, "interactions_active_min", 0));
        assertTrue(message.startsWith("Invalid frequency configuration (tierbench.classifier.frequency): "), message);
        assertTrue(message.contains("purchases.window.days"), message);
        assertTrue(message.contains("interactions.active.min"), message);
    }

    @Test
    void anInvalidConfigurationFailsTheComponentItself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TestConfigurations.classifier(Map.of("purchases_regular_min", 20)));
        assertTrue(e.getMessage().contains("purchases.frequent.min must be above 20"), e.getMessage());
    }
}
