package io.tierbench.api.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What an application did to one file in {@code etc/}.
 *
 * @param pid the PID the file configures
 * @param file the file written or deleted
 * @param action what was done to it
 * @param keys the keys whose value changed, in file order; empty when the file was rewritten with the same values
 * @since 1.0
 */
public record FileChange(String pid, Path file, Action action, List<KeyChange> keys) {

    /** What was done to a file. */
    public enum Action {
        /** written where no file was */
        CREATED,
        /** rewritten: the edition's file with the profile's keys */
        UPDATED,
        /** put back to the edition's default, as the previous profile set it and this one does not */
        RESET,
        /** removed: a previous profile created it, this one does not, and the edition has no such file */
        DELETED
    }

    public FileChange {
        keys = List.copyOf(keys);
    }
}
