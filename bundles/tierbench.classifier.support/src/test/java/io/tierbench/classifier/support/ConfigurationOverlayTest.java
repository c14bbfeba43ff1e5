package io.tierbench.classifier.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationOverlayTest {

    /** Stands for a classifier's configuration annotation. */
    @interface Sample {
        int window_days() default 0;

        double margin() default 1.0;

        String time_unit() default "weeks";

        String[] tier_shares() default {"0.2", "0.3"};

        boolean strict$_$mode() default false;
    }

    private final Sample current = ComponentConfigurations.of(Sample.class,
            Map.of("window_days", 365, "tier_shares", new String[] {"0.1", "0.4"}));

    @Test
    void changedPropertiesTakeTheNewValueConvertedAndTheOthersKeepTheCurrentOne() {
        Sample changed = ConfigurationOverlay.of(Sample.class, current,
                Map.of("margin", "0.35", "tier.shares", "0.25; 0.25", "strict-mode", "true"));

        assertEquals(365, changed.window_days());
        assertEquals(0.35, changed.margin());
        assertEquals("weeks", changed.time_unit());
        assertArrayEquals(new String[] {"0.25; 0.25"}, changed.tier_shares());
        assertTrue(changed.strict$_$mode());
        assertEquals(Sample.class, changed.annotationType());
    }

    @Test
    void arraysAndNumbersAreConvertedAsDeclarativeServicesDoes() {
        Sample changed = ConfigurationOverlay.of(Sample.class, current,
                Map.of("window.days", new String[] {"90", "180"}, "tier.shares", List.of(0.5, 0.2), "time.unit", 7));

        assertEquals(90, changed.window_days());
        assertArrayEquals(new String[] {"0.5", "0.2"}, changed.tier_shares());
        assertEquals("7", changed.time_unit());
    }

    @Test
    void unknownPropertiesAndBadNumbersAreAllNamed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConfigurationOverlay.of(Sample.class, current, Map.of("window.dayz", "1")));
        assertEquals("unknown property 'window.dayz' (known properties: margin, strict-mode, tier.shares, time.unit, "
                + "window.days)", refused.getMessage());

        refused = assertThrows(IllegalArgumentException.class,
                () -> ConfigurationOverlay.of(Sample.class, current, Map.of("window.days", "ninety")));
        assertTrue(refused.getMessage().startsWith("property 'window.days': 'ninety' is not a number of type int"),
                refused.getMessage());
    }

    @Test
    void propertyNamesFollowTheDeclarativeServicesRules() {
        assertEquals("window.days", ConfigurationOverlay.propertyName("window_days"));
        assertEquals("a_b", ConfigurationOverlay.propertyName("a__b"));
        assertEquals("a-b", ConfigurationOverlay.propertyName("a$_$b"));
        assertEquals("a$b", ConfigurationOverlay.propertyName("a$$b"));
        assertEquals("ab", ConfigurationOverlay.propertyName("a$b"));
    }
}
