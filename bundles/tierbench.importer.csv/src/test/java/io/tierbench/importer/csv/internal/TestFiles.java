package io.tierbench.importer.csv.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes import files under {@code target/test-files}, one folder per test class, so a failed test leaves them. */
final class TestFiles {

    private final Path folder;

    TestFiles(Class<?> testClass) {
        this.folder = Path.of("target", "test-files", testClass.getSimpleName());
    }

    /** Writes text as UTF-8; lines are joined with LF and the file ends with one. */
    Path lines(String fileName, String... lines) {
        return bytes(fileName, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    Path bytes(String fileName, byte[] content) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(fileName);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a path in the folder with no file */
    Path missing(String fileName) {
        try {
            Path file = folder.resolve(fileName);
            Files.deleteIfExists(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
