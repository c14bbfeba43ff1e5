package io.tierbench.api.config;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The configuration in force compared with the installed edition's defaults.
 *
 * @param active the profile last applied, or {@code null} when none was
 * @param edition the installed edition
 * @param differences per PID, the keys whose value in {@code etc/} differs from the edition's default file, and the
 *        keys the active profile set whose value has been changed since (even back to the edition's); PIDs in name
 *        order, PIDs without a difference left out
 * @since 1.0
 */
public record ProfileStatus(ActiveProfile active, Edition edition, List<PidDifferences> differences) {

    public ProfileStatus {
        differences = List.copyOf(differences);
    }

    /** @return the profile last applied */
    public Optional<ActiveProfile> activeProfile() {
        return Optional.ofNullable(active);
    }

    /**
     * The profile last applied.
     *
     * @param name its name
     * @param client the client, or {@code ""}
     * @param description its description, or {@code ""}
     * @param folder the folder it was applied from
     * @param appliedAt when it was applied
     * @param edition the edition feature it was applied on
     * @param pids the PIDs it configured
     */
    public record ActiveProfile(String name, String client, String description, Path folder, Instant appliedAt,
            String edition, List<String> pids) {

        public ActiveProfile {
            pids = List.copyOf(pids);
        }
    }

    /**
     * @param pid the PID
     * @param file the file in {@code etc/}
     * @param differences the keys that differ, in file order, then keys only the edition has
     */
    public record PidDifferences(String pid, Path file, List<Difference> differences) {

        public PidDifferences {
            differences = List.copyOf(differences);
        }
    }

    /**
     * A key whose value in force is not the edition's, or not the one the active profile wrote. The profile's values
     * are recorded as digests only (a value may be a password), so a value changed since is shown as it is now.
     *
     * @param key the key
     * @param editionValue the value in the edition's default file, or {@code null} when it has no such key (or no
     *        such file)
     * @param currentValue the value in {@code etc/}, or {@code null} when the key (or the file) is gone
     * @param origin where the difference comes from
     */
    public record Difference(String key, String editionValue, String currentValue, Origin origin) {
    }

    /** Where a difference from the edition comes from. */
    public enum Origin {
        /** the value the active profile wrote, unchanged since */
        PROFILE,
        /** the active profile set this key, and the value has been changed by hand since */
        EDITED_AFTER_PROFILE,
        /** changed by hand: the active profile (if any) does not set this key */
        EDITED
    }
}
