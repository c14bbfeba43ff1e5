package io.tierbench.rest.internal;

import io.tierbench.api.importer.ImportOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploaded files, each in a folder of its own under the uploads folder, and what became of them. The records are
 * kept in memory: after a restart the files stay on disk but the API no longer knows them.
 */
final class ImportStore {

    /** One uploaded file. */
    static final class Upload {
        private final String id;
        private final String fileName;
        private final Path file;
        private final long size;
        private final Instant uploadedAt;
        private final String uploadedBy;
        private volatile Map<String, Object> preview;
        private volatile ImportOutcome outcome;

        Upload(String id, String fileName, Path file, long size, Instant uploadedAt, String uploadedBy) {
            this.id = id;
            this.fileName = fileName;
            this.file = file;
            this.size = size;
            this.uploadedAt = uploadedAt;
            this.uploadedBy = uploadedBy;
        }

        String id() {
            return id;
        }

        String fileName() {
            return fileName;
        }

        Path file() {
            return file;
        }

        long size() {
            return size;
        }

        Instant uploadedAt() {
            return uploadedAt;
        }

        String uploadedBy() {
            return uploadedBy;
        }

        Map<String, Object> preview() {
            return preview;
        }

        void preview(Map<String, Object> preview) {
            this.preview = preview;
        }

        ImportOutcome outcome() {
            return outcome;
        }

        /** @return whether this call committed it: {@code false} when it was committed already */
        synchronized boolean markCommitted(ImportOutcome committed) {
            if (outcome != null) {
                return false;
            }
            outcome = committed;
            return true;
        }
    }

    private final Path folder;
    private final long maxBytes;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

    /**
     * @param folder where uploads are written
     * @param maxBytes the largest upload accepted
     */
    ImportStore(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /**
     * Writes an upload to {@code <uploads>/<id>/<file name>}, keeping the name so that the import service tells the
     * kind of rows from it as the preview did.
     *
     * @throws Problem 413 when the body is larger than allowed (nothing is kept then)
     */
    Upload store(String fileName, InputStream body, Instant now, String user) throws IOException {
        String id = HexFormat.of().formatHex(randomBytes());
        Path file = folder.resolve(id).resolve(fileName);
        Files.createDirectories(file.getParent());
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    break;
                }
                out.write(buffer, 0, read);
            }
        }
        if (size > maxBytes) {
            discard(file);
            throw Problem.tooLarge("an upload may hold at most " + maxBytes + " bytes");
        }
        Upload upload = new Upload(id, fileName, file, size, now, user);
        uploads.put(id, upload);
        return upload;
    }

    Optional<Upload> find(String id) {
        return Optional.ofNullable(uploads.get(id));
    }

    /** Forgets an upload whose preview failed, and deletes its file. */
    void discard(Upload upload) throws IOException {
        uploads.remove(upload.id());
        discard(upload.file());
    }

    private static void discard(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }
}
