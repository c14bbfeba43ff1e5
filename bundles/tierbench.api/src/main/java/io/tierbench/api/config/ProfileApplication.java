package io.tierbench.api.config;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of applying a client profile. Nothing is written when the check finds a problem; when a write fails
 * every file already replaced is put back and a {@link java.io.UncheckedIOException} is thrown instead.
 *
 * @param check the check of the profile as a whole
 * @param applied whether the files were written
 * @param appliedAt when they were written, or {@code null}
 * @param changes one entry per file written or deleted, in PID order; empty when nothing was applied
 * @since 1.0
 */
public record ProfileApplication(ProfileCheck check, boolean applied, Instant appliedAt, List<FileChange> changes) {

    public ProfileApplication {
        changes = List.copyOf(changes);
    }
}
