package io.tierbench.classifier.frequency.internal;

import io.tierbench.api.model.InteractionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated frequency configuration. Plain Java, so validation is tested without an OSGi framework.
 *
 * @param purchaseWindow the window of the purchases scheme
 * @param frequentMin the fewest purchase days that are frequent
 * @param regularMin the fewest purchase days that are regular
 * @param interactionWindow the window of the interactions scheme
 * @param veryActiveMin the fewest interactions that are very active
 * @param activeMin the fewest interactions that are active
 * @param kinds the interaction kinds that count; never empty
 */
record FrequencySettings(CountWindow purchaseWindow, int frequentMin, int regularMin, CountWindow interactionWindow,
        int veryActiveMin, int activeMin, Set<InteractionKind> kinds) {

    /** Two purchase days start occasional; one is one-time. Fixed by what the labels say. */
    static final int OCCASIONAL_PURCHASE_DAYS = 2;

    /** One interaction is occasional; none is silent. Fixed by what the labels say. */
    static final int OCCASIONAL_INTERACTIONS = 1;

    /**
     * @throws IllegalArgumentException naming every problem of the configuration and its property
     */
    static FrequencySettings from(FrequencyConfiguration c) {
        List<String> problems = new ArrayList<>();
        positive("purchases.window.days", c.purchases_window_days(), problems);
        positive("interactions.window.days", c.interactions_window_days(), problems);
        ordered("purchases.regular.min", c.purchases_regular_min(), "2 purchase days are occasional",
                OCCASIONAL_PURCHASE_DAYS, problems);
        ordered("purchases.frequent.min", c.purchases_frequent_min(), "purchases.regular.min",
                c.purchases_regular_min(), problems);
        ordered("interactions.active.min", c.interactions_active_min(), "1 interaction is occasional",
                OCCASIONAL_INTERACTIONS, problems);
        ordered("interactions.very.active.min", c.interactions_very_active_min(), "interactions.active.min",
                c.interactions_active_min(), problems);
        Set<InteractionKind> kinds = InteractionKinds.parse(c.interactions_kinds(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid frequency configuration (" + FrequencyClassifier.PID + "): "
                    + String.join("; ", problems));
        }
        return new FrequencySettings(new CountWindow(c.purchases_window_days()), c.purchases_frequent_min(),
                c.purchases_regular_min(), new CountWindow(c.interactions_window_days()),
                c.interactions_very_active_min(), c.interactions_active_min(), kinds);
    }

    private static void positive(String property, int value, List<String> problems) {
        if (value < 1) {
            problems.add(property + " must be a positive number of days, was " + value);
        }
    }

    private static void ordered(String property, int value, String below, int belowValue, List<String> problems) {
        if (value <= belowValue) {
            problems.add(property + " must be above " + belowValue + " (" + below + "), was " + value);
        }
    }

    /** @return frequent, regular, occasional, one-time, none over purchase days */
    CountScale purchaseScale() {
        return new CountScale(List.of(new CountBand("frequent", frequentMin, "purchases.frequent.min"),
                new CountBand("regular", regularMin, "purchases.regular.min"),
                new CountBand("occasional", OCCASIONAL_PURCHASE_DAYS, null), new CountBand("one-time", 1, null),
                new CountBand("none", 0, null)), "purchase days");
    }

    /** @return very-active, active, occasional, silent over interactions */
    CountScale interactionScale() {
        return new CountScale(List.of(new CountBand("very-active", veryActiveMin, "interactions.very.active.min"),
                new CountBand("active", activeMin, "interactions.active.min"),
                new CountBand("occasional", OCCASIONAL_INTERACTIONS, null), new CountBand("silent", 0, null)),
                "interactions");
    }

    /** @return the effective configuration, keyed and written as in a {@code .cfg} file */
    Map<String, String> describe() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("purchases.window.days", Integer.toString(purchaseWindow.days()));
        properties.put("purchases.frequent.min", Integer.toString(frequentMin));
        properties.put("purchases.regular.min", Integer.toString(regularMin));
        properties.put("interactions.window.days", Integer.toString(interactionWindow.days()));
        properties.put("interactions.very.active.min", Integer.toString(veryActiveMin));
        properties.put("interactions.active.min", Integer.toString(activeMin));
        properties.put("interactions.kinds", InteractionKinds.all(kinds) ? ""
                : InteractionKinds.describe(kinds));
        return Collections.unmodifiableMap(properties);
    }
}
