package io.tierbench.intake.internal;

import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportOptions;
import io.tierbench.api.importer.ImportOutcome;
import io.tierbench.api.importer.ImportService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A drop folder: each file put into it is imported, then moved to {@code done/} (stored, maybe with rejected rows)
 * or {@code failed/} (nothing stored), with its report and rejects file beside it. A file is imported only once it
 * has kept its size and time over one poll, so a file still being copied in is left until it is complete. Files are
 * taken in name order: name them {@code 01-customers.csv}, {@code 02-orders.csv} to import customers first.
 */
final class Inbox {

    static final String DONE = "done";
    static final String FAILED = "failed";

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final Path directory;
    private final ImportService imports;
    private final ImportOptions options;
    private final Map<Path, Snapshot> lastSeen = new HashMap<>();

    private record Snapshot(long size, FileTime modified) {
    }

    Inbox(Path directory, ImportService imports, ImportOptions options) {
        this.directory = directory;
        this.imports = imports;
        this.options = options;
    }

    /** @return the files imported by this poll, in order, each now in done/ or failed/ */
    List<Path> poll() throws IOException {
        Files.createDirectories(directory.resolve(DONE));
        Files.createDirectories(directory.resolve(FAILED));
        List<Path> ready = readyFiles();
        return ready.stream().map(this::importAndMove).toList();
    }

    private List<Path> readyFiles() throws IOException {
        Map<Path, Snapshot> seenNow = new HashMap<>();
        List<Path> ready;
        try (Stream<Path> files = Files.list(directory)) {
            ready = files.filter(Files::isRegularFile).filter(Inbox::isCandidate).sorted().filter(file -> {
                Snapshot snapshot = snapshot(file);
                seenNow.put(file, snapshot);
                return snapshot != null && snapshot.equals(lastSeen.get(file));
            }).toList();
        }
        lastSeen.clear();
        lastSeen.putAll(seenNow);
        ready.forEach(lastSeen::remove);
        return ready;
    }

    private Path importAndMove(Path file) {
        String name = Intake.fileName(file);
        try {
            ImportOutcome outcome = imports.importFile(file, null, options);
            boolean stored = outcome.report().committed();
            Path target = moveTo(file, stored ? DONE : FAILED);
            copyBeside(outcome.reportFile(), target, ".report.txt");
            copyBeside(outcome.rejectsFile(), target, ".rejects.csv");
            LOG.info("Drop folder: {} imported, moved to {}: {}", name, target.getParent().getFileName(),
                    ImportRecords.summary(outcome.report()));
            return target;
        } catch (UncheckedIOException e) {
            // Stored, but its report could not be written: file it as done, saying so, rather than as failed.
            LOG.warn("Drop folder: {} imported but its report was not written: {}", name, e.getMessage());
            return moveQuietly(file, DONE);
        } catch (ImportException | IOException | RuntimeException e) {
            LOG.warn("Drop folder: {} failed, moved to failed/: {}", name, e.getMessage());
            return moveFailed(file, e.getMessage());
        }
    }

    private Path moveFailed(Path file, String message) {
        try {
            Path target = moveTo(file, FAILED);
            ImportRecords.writeFailure(target.resolveSibling(target.getFileName() + ".report.txt"),
                    Intake.fileName(file), message);
            return target;
        } catch (IOException e) {
            LOG.error("Drop folder: cannot move {} to failed/: {}", file, e.getMessage());
            return file;
        }
    }

    private Path moveQuietly(Path file, String folder) {
        try {
            return moveTo(file, folder);
        } catch (IOException e) {
            LOG.error("Drop folder: cannot move {} to {}/: {}", file, folder, e.getMessage());
            return file;
        }
    }

    private Path moveTo(Path file, String folder) throws IOException {
        Path target = directory.resolve(folder).resolve(file.getFileName());
        for (int copy = 1; Files.exists(target); copy++) {
            target = directory.resolve(folder).resolve(numbered(Intake.fileName(file), copy));
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyBeside(Path record, Path importedFile, String suffix) {
        if (record == null) {
            return;
        }
        try {
            Files.copy(record, importedFile.resolveSibling(importedFile.getFileName() + suffix),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Drop folder: cannot copy {} beside {}: {}", record, importedFile, e.getMessage());
        }
    }

    /** {@code orders.csv} → {@code orders (2).csv}: the same file dropped again is kept, not overwritten. */
    private static String numbered(String name, int copy) {
        int dot = name.lastIndexOf('.');
        String suffix = " (" + (copy + 1) + ")";
        return dot <= 0 ? name + suffix : name.substring(0, dot) + suffix + name.substring(dot);
    }

    /** Hidden files and the partial files of copy tools and browsers are not imports. */
    private static boolean isCandidate(Path file) {
        String name = Intake.fileName(file);
        return !name.startsWith(".") && !name.startsWith("~$") && !name.endsWith(".part") && !name.endsWith(".tmp")
                && !name.endsWith(".crdownload") && !name.endsWith("~");
    }

    private static Snapshot snapshot(Path file) {
        try {
            return new Snapshot(Files.size(file), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return null;
        }
    }
}
