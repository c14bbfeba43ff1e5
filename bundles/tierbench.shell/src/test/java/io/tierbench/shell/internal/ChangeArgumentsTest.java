package io.tierbench.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeArgumentsTest {

    @Test
    void theValueIsEverythingAfterTheFirstEquals() {
        assertEquals(Map.of("window.days", "365", "rule.20", "clv.predictive == 'top' -> gold",
                "tag.高频购买", "facts.purchases_90d >= 2"),
                ChangeArguments.of(List.of("window.days=365", "rule.20=clv.predictive == 'top' -> gold",
                        "tag.高频购买 = facts.purchases_90d >= 2")));
    }

    @Test
    void anArgumentWithoutAKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChangeArguments.of(List.of("window.days")));
        assertThrows(IllegalArgumentException.class, () -> ChangeArguments.of(List.of("=365")));
    }

    @Test
    void aPolicyFileIsReadInUtf8WithContinuedLines() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "change-arguments")).resolve("policy.cfg");
        Files.writeString(file, "# a comment\ntiers = gold; regular\ntier.gold = Gold | 金\n"
                + "rule.10 = facts.purchase_count >= 3 \\\n    && facts.total_spend > 1000 -> gold\n", StandardCharsets.UTF_8);

        assertEquals(Map.of("tiers", "gold; regular", "tier.gold", "Gold | 金",
                "rule.10", "facts.purchase_count >= 3 && facts.total_spend > 1000 -> gold"), ChangeArguments.ofFile(file));
    }
}
