package io.tierbench.importer.wecom.internal;

import java.io.IOException;
import java.io.InputStream;
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

    /** Writes text as UTF-8. */
    Path text(String fileName, String content) {
        return bytes(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the text of a fixture shipped under {@code src/test/resources/wecom} */
    static String fixture(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/wecom/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture wecom/" + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a shipped fixture under its own name. */
    Path fixtureFile(String name) {
        return text(name, fixture(name));
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
}
