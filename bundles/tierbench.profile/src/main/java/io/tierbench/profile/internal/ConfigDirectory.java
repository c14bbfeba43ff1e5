package io.tierbench.profile.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The configuration folder FileInstall watches ({@code etc/}). A file is written under a name FileInstall ignores and
 * then moved over the old one, so FileInstall never reads half a file.
 */
class ConfigDirectory {

    private final Path folder;

    ConfigDirectory(Path folder) {
        this.folder = folder;
    }

    Path path(String fileName) {
        return folder.resolve(fileName);
    }

    /** @return the file's text, or empty when there is no such file */
    Optional<String> read(String fileName) throws IOException {
        Path file = path(fileName);
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    /** Replaces the file, or creates it, in one step. */
    void write(String fileName, String text) throws IOException {
        Files.createDirectories(folder);
        Path target = path(fileName);
        Path temporary = folder.resolve("." + fileName + ".tierbench-tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes the file if it is there. */
    void delete(String fileName) throws IOException {
        Files.deleteIfExists(path(fileName));
    }
}
