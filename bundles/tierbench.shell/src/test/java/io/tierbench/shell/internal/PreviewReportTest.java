package io.tierbench.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.model.Label;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.tiering.ConfigurationChange;
import io.tierbench.api.tiering.CustomerMove;
import io.tierbench.api.tiering.PolicyDescription;
import io.tierbench.api.tiering.PolicyStatus;
import io.tierbench.api.tiering.Preview;
import io.tierbench.api.tiering.TagChange;
import io.tierbench.api.tiering.TagRule;
import io.tierbench.api.tiering.TierDefinition;
import io.tierbench.api.tiering.TierRule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text of tierbench:preview and tierbench:policy, on hand-made answers. */
class PreviewReportTest {

    private static final Label GOLD = new Label("gold", "Gold", "金");
    private static final Label SILVER = new Label("silver", "Silver", "银");

    @Test
    void aPreviewShowsTheMatrixTheMovesUpToTheLimitAndTheTagChanges() {
        MigrationMatrix tiers = new MigrationMatrix(12, Preview.DRY_RUN, "tier", "tier", List.of(SILVER, GOLD),
                List.of(new MigrationMatrix.Move("silver", "silver", 5), new MigrationMatrix.Move("silver", "gold", 2),
                        new MigrationMatrix.Move("gold", "gold", 1)));
        Preview preview = new Preview(12, LocalDate.of(2026, 6, 30), new ConfigurationChange("tierbench.tiering",
                Map.of("rule.20", "true -> gold"), false), List.of(tiers), List.of(
                new CustomerMove("c1", "王芳", "tier", "tier", SILVER, GOLD),
                new CustomerMove("c2", "李强", "tier", "tier", SILVER, GOLD)),
                List.of(new TagChange("高频购买", List.of("c1", "c2"), List.of())), List.of());

        assertEquals("""
                Dry run of tierbench.tiering against run 12 as of 2026-06-30: nothing was stored (预演，未保存).

                tier/tier: 2 of 8 customers would change label (将变动的客户)
                from \\ to | Silver | Gold | Total
                ----------+--------+------+------
                Silver    |    [5] |    2 |     7
                Gold      |      - |  [1] |     1
                Total     |      5 |    3 |     8

                Customers who would move: 2 (变动客户)
                Customer | Name | Scheme    | From   | To
                ---------+------+-----------+--------+-----
                c1       | 王芳 | tier/tier | Silver | Gold
                ... and 1 more (--limit to list more)

                Rule tags that would change: 1 (规则标签变化)
                  高频购买: +2 (c1, ...), -0
                """, print(out -> PreviewReport.print(preview, "en", 1, out)));
    }

    @Test
    void thePolicyShowsTiersWithStrategiesRulesAndARejection() {
        PolicyDescription policy = new PolicyDescription(List.of(new TierDefinition(GOLD, "Regular contact",
                "定期联系"), new TierDefinition(SILVER, "Activation content", "激活内容")), "silver",
                List.of(new TierRule("rule.10", "facts.purchases_90d >= 3", "gold")),
                List.of(new TagRule("tag.沉睡", null, "沉睡", "facts.days_since_last_purchase > 180")), Map.of());
        PolicyStatus status = new PolicyStatus(policy, "Invalid tier policy (tierbench.tiering): rule.20 (line 1, "
                + "column 5): parsing error in '=='", List.of());

        assertEquals("""
                The latest configuration of tierbench.tiering was REJECTED (配置无效，未生效):
                  Invalid tier policy (tierbench.tiering): rule.20 (line 1, column 5): parsing error in '=='
                The previous policy stays in force:

                Tiers, best first (客户等级与建议策略):
                Tier             | English | 中文 | Strategy           | 策略
                -----------------+---------+------+--------------------+---------
                gold             | Gold    | 金   | Regular contact    | 定期联系
                silver (default) | Silver  | 银   | Activation content | 激活内容

                Rules, first that holds wins (分级规则，按顺序匹配):
                Rule    | Condition                | Tier
                --------+--------------------------+-------
                rule.10 | facts.purchases_90d >= 3 | gold
                (none)  | no rule holds            | silver

                Rule tags, recomputed at every run (规则标签):
                Tag  | Condition
                -----+-------------------------------------
                沉睡 | facts.days_since_last_purchase > 180
                """, print(out -> PolicyReport.print(status, out)));
    }

    private static String print(java.util.function.Consumer<PrintStream> printer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            printer.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
