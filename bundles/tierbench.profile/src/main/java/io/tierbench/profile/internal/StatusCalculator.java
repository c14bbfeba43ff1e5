package io.tierbench.profile.internal;

import io.tierbench.api.config.ProfileStatus;
import io.tierbench.api.config.ProfileStatus.ActiveProfile;
import io.tierbench.api.config.ProfileStatus.Difference;
import io.tierbench.api.config.ProfileStatus.Origin;
import io.tierbench.api.config.ProfileStatus.PidDifferences;
import io.tierbench.profile.internal.ActiveProfileStore.ActiveRecord;
import io.tierbench.profile.internal.FeatureDefaults.Defaults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the files in {@code etc/} with the edition's defaults, key by key, and tells the active profile's values
 * from hand edits by the digests recorded when it was applied.
 */
final class StatusCalculator {

    private StatusCalculator() {
    }

    static ProfileStatus status(Defaults defaults, Optional<ActiveRecord> active, ConfigDirectory etc)
            throws IOException {
        TreeSet<String> pids = new TreeSet<>(defaults.files().keySet());
        active.ifPresent(record -> pids.addAll(record.pids()));
        List<PidDifferences> differences = new ArrayList<>();
        for (String pid : pids) {
            String fileName = pid + ".cfg";
            Map<String, String> edition = ProfileApplier.values(defaults.of(pid)
                    .map(FeatureDefaults.DefaultFile::text).orElse(""));
            Map<String, String> current = ProfileApplier.values(etc.read(fileName).orElse(""));
            List<Difference> ofPid = new ArrayList<>();
            current.forEach((key, value) -> difference(pid, key, edition.get(key), value, active)
                    .ifPresent(ofPid::add));
            edition.forEach((key, value) -> {
                if (!current.containsKey(key)) {
                    difference(pid, key, value, null, active).ifPresent(ofPid::add);
                }
            });
            if (!ofPid.isEmpty()) {
                differences.add(new PidDifferences(pid, etc.path(fileName), ofPid));
            }
        }
        ActiveProfile profile = active.map(record -> new ActiveProfile(record.name(), record.client(),
                record.description(), record.folder(), record.appliedAt(), record.edition(), record.pids()))
                .orElse(null);
        return new ProfileStatus(profile, defaults.edition(), differences);
    }

    private static Optional<Difference> difference(String pid, String key, String edition, String current,
            Optional<ActiveRecord> active) {
        Optional<String> applied = active.flatMap(record -> record.digest(pid, key));
        if (applied.isPresent()) {
            boolean unchanged = current != null && applied.get().equals(ActiveProfileStore.digest(current));
            if (unchanged && Objects.equals(edition, current)) {
                return Optional.empty();
            }
            return Optional.of(new Difference(key, edition, current,
                    unchanged ? Origin.PROFILE : Origin.EDITED_AFTER_PROFILE));
        }
        return Objects.equals(edition, current) ? Optional.empty()
                : Optional.of(new Difference(key, edition, current, Origin.EDITED));
    }
}
