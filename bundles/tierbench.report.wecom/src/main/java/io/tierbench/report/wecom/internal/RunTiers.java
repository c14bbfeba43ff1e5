package io.tierbench.report.wecom.internal;

import io.tierbench.api.model.Label;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.report.support.ReportRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tiers of a run, best first, as the tier policy the run was tiered with defined them. The policy stores its
 * configuration with the run's tiers ({@code tiers = diamond; gold; ...}, {@code tier.gold = Gold | 金 | ...}), so
 * the run alone says which tiers there were and in which order, whether or not the tier-policy service is running
 * now, and a policy edited since does not change an older run's export. Tiers customers have in the run that the
 * stored configuration does not list (a run tiered by hand) follow, by key.
 */
final class RunTiers {

    private RunTiers() {
    }

    /** @return the tiers of the run, best first; empty when the run has no tiers */
    static List<Label> of(ReportRun run) {
        Map<String, Label> tiers = new LinkedHashMap<>();
        configured(run.run()).forEach(tier -> tiers.put(tier.key(), tier));
        List<Label> seen = new ArrayList<>();
        for (LabelCount count : run.distribution()) {
            if (count.classifierId().equals(TierPolicy.CLASSIFIER_ID) && count.scheme().equals(TierPolicy.SCHEME)
                    && !tiers.containsKey(count.label().key())) {
                seen.add(count.label());
            }
        }
        seen.sort(Comparator.comparing(Label::key));
        seen.forEach(tier -> tiers.putIfAbsent(tier.key(), tier));
        return List.copyOf(tiers.values());
    }

    /** The policy's own format: {@code tiers} lists the keys, {@code tier.<key> = English | 中文 | ...}. */
    private static List<Label> configured(RunInfo run) {
        Map<String, String> configuration = run.classifiers().stream()
                .filter(part -> part.classifier().id().equals(TierPolicy.CLASSIFIER_ID))
                .map(part -> part.classifier().configuration()).findFirst().orElse(Map.of());
        List<Label> tiers = new ArrayList<>();
        for (String key : configuration.getOrDefault("tiers", "").split("[;,]")) {
            String definition = configuration.get("tier." + key.strip());
            if (!key.isBlank() && definition != null) {
                String[] parts = definition.split("\\|", -1);
                String en = parts[0].strip();
                String zh = parts.length > 1 ? parts[1].strip() : "";
                tiers.add(new Label(key.strip(), en.isEmpty() ? key.strip() : en, zh.isEmpty() ? null : zh));
            }
        }
        return tiers;
    }
}
