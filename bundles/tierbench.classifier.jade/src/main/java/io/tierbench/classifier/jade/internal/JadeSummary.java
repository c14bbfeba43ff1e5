package io.tierbench.classifier.jade.internal;

import io.tierbench.api.classifier.Classification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Tallies the labels of one run and how they were reached, for the run summary. */
final class JadeSummary {

    private final Map<String, Integer> preferences = new LinkedHashMap<>();
    private final Map<String, Integer> levels = new LinkedHashMap<>();
    private final Map<MembershipRule.Basis, Integer> bases = new EnumMap<>(MembershipRule.Basis.class);
    private int importedPreferences;
    private int inferredPreferences;
    private int disagreements;

    JadeSummary() {
        for (Preference preference : Preference.values()) {
            preferences.put(preference.key(), 0);
        }
        preferences.put(PreferenceRule.MIXED, 0);
        preferences.put(PreferenceRule.UNKNOWN, 0);
        List<MembershipLevel> bestFirst = new ArrayList<>(List.of(MembershipLevel.values()));
        Collections.reverse(bestFirst);
        bestFirst.forEach(level -> levels.put(level.key(), 0));
        for (MembershipRule.Basis basis : MembershipRule.Basis.values()) {
            bases.put(basis, 0);
        }
    }

    void add(Classification preference, MembershipRule.Outcome membership) {
        preferences.merge(preference.label().key(), 1, Integer::sum);
        if (PreferenceRule.IMPORTED.equals(preference.scores().get("preference_source"))) {
            importedPreferences++;
        } else {
            inferredPreferences++;
        }
        levels.merge(membership.classification().label().key(), 1, Integer::sum);
        bases.merge(membership.basis(), 1, Integer::sum);
        if (membership.disagreesWithImportedLevel()) {
            disagreements++;
        }
    }

    /** @return counts per label, how they were reached, and the categories no entry maps */
    String describe(Map<String, Integer> unmappedCategories) {
        String unmapped = unmappedCategories.isEmpty() ? "every purchase category is mapped to a preference"
                : "categories not mapped to a preference (completed orders, not used for inference): "
                        + unmappedCategories.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", "));
        return "preference: " + counts(preferences) + "; imported for " + importedPreferences + ", inferred from "
                + "purchases for " + inferredPreferences + "; " + unmapped + ".\nmembership: " + counts(levels)
                + "; from imported points " + bases.get(MembershipRule.Basis.IMPORTED_POINTS)
                + ", from points earned on spend " + bases.get(MembershipRule.Basis.EARNED_POINTS)
                + ", imported level kept (no points, no purchase) " + bases.get(MembershipRule.Basis.IMPORTED_LEVEL)
                + ", none of these " + bases.get(MembershipRule.Basis.NOTHING) + "; the imported level disagrees "
                + "with the points for " + disagreements + ".";
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
