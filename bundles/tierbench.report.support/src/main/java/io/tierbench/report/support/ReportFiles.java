package io.tierbench.report.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a report file whole or not at all: into a temporary file beside the target, moved over the target when
 * complete. A failed report never leaves a truncated file that looks like a finished one, nor destroys the previous
 * report of the same name.
 */
public final class ReportFiles {

    /** Writes the report's bytes; an {@link UncheckedIOException} it throws is reported as its cause. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFiles() {
    }

    /**
     * @param target the report file; its folder is created when missing, and an existing file is replaced
     * @param content writes the report
     * @throws IOException when the file cannot be written; the target is then as it was
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would stay on the report after the move.
        Path part = folder.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + "-" + System.nanoTime() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            } catch (UncheckedIOException e) {
                // a write failed inside a row visitor, which cannot throw IOException itself
                throw e.getCause();
            }
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
