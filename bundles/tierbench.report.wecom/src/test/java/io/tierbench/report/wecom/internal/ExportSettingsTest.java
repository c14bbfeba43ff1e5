package io.tierbench.report.wecom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration as Declarative Services hands it over, read and refused as the export needs. */
class ExportSettingsTest {

    private static ExportSettings settings(Map<String, Object> values) {
        return ExportSettings.of(ComponentConfigurations.of(WecomTagExportConfiguration.class, values));
    }

    @Test
    void theDefaultsAreTheChineseGroupNamesAndNoFurtherScheme() {
        assertEquals(new ExportSettings("客户分级", "Tierbench标签", List.of()), settings(Map.of()));
    }

    @Test
    void schemesMayShareOneCfgValueAndNameTheirGroup() {
        ExportSettings settings = settings(Map.of("schemes",
                new String[] {" frequency/interactions = 互动频次 ; potential/potential", "jade/membership=会员等级"}));
        assertEquals(List.of(new SchemeGroup("frequency", "interactions", "互动频次"),
                new SchemeGroup("potential", "potential", "potential/potential"),
                new SchemeGroup("jade", "membership", "会员等级")), settings.schemes());
    }

    @Test
    void whatWeComWouldRefuseOrWhatGivesAGroupTwoOwnersIsRefusedNamingTheSetting() {
        String thirtyOne = "标".repeat(31);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings(Map.of("tier_group", thirtyOne)))
                .getMessage().startsWith("tier_group: '" + thirtyOne + "' is longer than the 30 characters"));
        assertEquals("标".repeat(30), settings(Map.of("tier_group", "标".repeat(30))).tierGroup());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings(Map.of("rule_group", " ")))
                .getMessage().startsWith("rule_group: a tag group needs a name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings(Map.of("rule_group", "客户分级")))
                .getMessage().startsWith("tag group '客户分级' is configured twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings(Map.of("schemes",
                new String[] {"frequency"}))).getMessage().startsWith("schemes: 'frequency' is not <classifier>/"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings(Map.of("schemes",
                new String[] {"frequency/interactions=甲; frequency/interactions=乙"}))).getMessage()
                .contains("frequency/interactions is listed twice"));
    }
}
