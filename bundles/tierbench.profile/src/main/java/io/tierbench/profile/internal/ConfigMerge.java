package io.tierbench.profile.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The file a profile writes for one PID: the edition's default file as it is (header, comments, order, blank lines)
 * with each of the profile's keys either replaced in place, keeping the edition's comment above it, or appended at
 * the end with the profile's own comment. Entries are copied as the profile writes them, never re-escaped, so
 * Chinese text stays readable.
 */
final class ConfigMerge {

    private ConfigMerge() {
    }

    /**
     * @param edition the edition's default file, or {@code null} when it has none for the PID (then the profile's
     *        file is written as it is)
     * @param profile the profile's file
     * @return the merged text
     */
    static String merge(CfgFile edition, CfgFile profile) {
        if (edition == null) {
            return profile.text();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(KeyPositions.lines(edition.text())));
        boolean endsWithNewline = edition.text().isEmpty() || edition.text().endsWith("\n");
        if (endsWithNewline) {
            lines.remove(lines.size() - 1);
        }
        // Replace from the bottom up, so the line numbers of the entries above stay right.
        profile.values().keySet().stream().filter(edition.entries()::containsKey)
                .map(edition.entries()::get)
                .sorted(Comparator.comparingInt(KeyPositions.Entry::firstLine).reversed())
                .forEach(entry -> {
                    lines.subList(entry.firstLine(), entry.lastLine() + 1).clear();
                    lines.addAll(entry.firstLine(), profile.entryLines(entry.key()));
                });
        for (String key : profile.values().keySet()) {
            if (!edition.entries().containsKey(key)) {
                lines.addAll(profile.comments(key));
                lines.addAll(profile.entryLines(key));
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
