package io.tierbench.classifier.jade.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An invalid configuration fails activation with a message naming the property. */
class JadeSettingsTest {

    private static String refusal(Map<String, Object> values) {
        return assertThrows(IllegalArgumentException.class, () -> Runs.classifier(values)).getMessage();
    }

    @Test
    void theDefaultsAreValidAndDescribedAsInTheCfgFile() {
        Map<String, String> described = Runs.classifier(Map.of()).configuration();

        assertEquals("preference; 偏好", described.get("preference.attributes"));
        assertEquals("60", described.get("inference.min.share"));
        assertEquals("0.1", described.get("points.per.yuan"));
        assertEquals("16000", described.get("level.diamond.points"));
        assertTrue(described.get("category.preferences").startsWith("手镯=wearing; "), described.toString());
    }

    @Test
    void thresholdsOutOfOrderAreRefusedNamingTheKeys() {
        String message = refusal(Map.of("level_silver_points", 5000L));

        assertTrue(message.startsWith("Invalid jade configuration (tierbench.classifier.jade): "), message);
        assertTrue(message.contains("level.gold.points (4000) must be greater than level.silver.points (5000)"),
                message);
        assertTrue(refusal(Map.of("level_diamond_points", 4000L)).contains(
                "level.diamond.points (4000) must be greater than level.gold.points (4000)"));
        assertTrue(refusal(Map.of("level_regular_points", -1L)).contains("level.regular.points must not be negative"));
    }

    @Test
    void anUnknownPreferenceInTheCategoryMapIsRefusedNamingTheKeyAndTheEntry() {
        String message = refusal(Map.of("category_preferences", new String[] {"手镯=wearing; 摆件=decoration"}));

        assertTrue(message.contains("category.preferences entry '摆件=decoration' names an unknown preference "
                + "'decoration'"), message);
    }

    @Test
    void malformedOrContradictoryCategoryEntriesAreRefused() {
        assertTrue(refusal(Map.of("category_preferences", new String[] {"手镯"})).contains(
                "category.preferences entry '手镯' is malformed"));
        assertTrue(refusal(Map.of("category_preferences", new String[] {"手镯=wearing", "手镯=投资"})).contains(
                "category.preferences gives category '手镯' two preferences: wearing and investment"));
    }

    @Test
    void aMinimumShareThatTwoPreferencesCouldBothHoldOrABadRateIsRefused() {
        assertTrue(refusal(Map.of("inference_min_share", "50")).contains(
                "inference.min.share must be more than 50 and at most 100"));
        assertTrue(refusal(Map.of("inference_min_share", "sixty")).contains(
                "inference.min.share must be a decimal number, was 'sixty'"));
        assertTrue(refusal(Map.of("points_per_yuan", "0")).contains("points.per.yuan must be greater than 0"));
    }

    @Test
    void everyProblemIsNamedInOneMessage() {
        String message = refusal(Map.of("points_per_yuan", "-1", "level_gold_points", 100L));

        assertTrue(message.contains("points.per.yuan") && message.contains("level.gold.points (100)"), message);
    }

    @Test
    void chineseNamesOfPreferencesAreAcceptedInTheCategoryMap() {
        JadeSettings settings = JadeSettings.from(Runs.configuration(Map.of("category_preferences",
                new String[] {"手镯=佩戴; 摆件=收藏; Raw Stone=投资"})));

        assertEquals(Preference.WEARING, settings.preferenceOf("手镯"));
        assertEquals(Preference.COLLECTION, settings.preferenceOf("摆件"));
        assertEquals(Preference.INVESTMENT, settings.preferenceOf("raw stone"));
        assertEquals(null, settings.preferenceOf("吊坠"));
    }
}
