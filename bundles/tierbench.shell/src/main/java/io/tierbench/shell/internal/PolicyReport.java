package io.tierbench.shell.internal;

import io.tierbench.api.tiering.PolicyDescription;
import io.tierbench.api.tiering.PolicyStatus;
import io.tierbench.api.tiering.TagRule;
import io.tierbench.api.tiering.TierDefinition;
import io.tierbench.api.tiering.TierRule;
import io.tierbench.api.tiering.TierPolicy;
import java.io.PrintStream;

/** The tier policy in force as text: tiers with their strategies, rules, tag rules, and what was rejected. */
final class PolicyReport {

    private PolicyReport() {
    }

    static void print(PolicyStatus status, PrintStream out) {
        if (status.rejection() != null) {
            out.println("The latest configuration of " + TierPolicy.PID + " was REJECTED (配置无效，未生效):");
            out.println("  " + status.rejection());
            out.println(status.policy().isPresent() ? "The previous policy stays in force:" : "No policy is in force: "
                    + "runs store no tiers until etc/" + TierPolicy.PID + ".cfg validates.");
            out.println();
        }
        if (status.policy().isEmpty()) {
            if (status.rejection() == null) {
                out.println("No tier policy configured (未配置分级策略): add etc/" + TierPolicy.PID + ".cfg");
            }
            return;
        }
        PolicyDescription policy = status.policy().get();
        out.println("Tiers, best first (客户等级与建议策略):");
        TextTable tiers = new TextTable("Tier", "English", "中文", "Strategy", "策略");
        for (TierDefinition tier : policy.tiers()) {
            tiers.addRow(tier.key() + (tier.key().equals(policy.defaultTier()) ? " (default)" : ""),
                    tier.label().en(), tier.label().zh(), tier.strategy("en"), tier.strategy("zh"));
        }
        tiers.print(out);
        out.println();
        out.println("Rules, first that holds wins (分级规则，按顺序匹配):");
        TextTable rules = new TextTable("Rule", "Condition", "Tier");
        for (TierRule rule : policy.rules()) {
            rules.addRow(rule.key(), rule.condition(), rule.tier());
        }
        rules.addRow("(none)", "no rule holds", policy.defaultTier());
        rules.print(out);
        out.println();
        out.println("Rule tags, recomputed at every run (规则标签):");
        if (policy.tagRules().isEmpty()) {
            out.println("  none");
        } else {
            TextTable tags = new TextTable("Tag", "Condition");
            for (TagRule tag : policy.tagRules()) {
                tags.addRow(tag.qualifiedName(), tag.condition());
            }
            tags.print(out);
        }
        if (!status.warnings().isEmpty()) {
            out.println();
            out.println("Warnings (提示):");
            status.warnings().forEach(warning -> out.println("  " + warning));
        }
    }
}
