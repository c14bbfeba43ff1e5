package io.tierbench.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;
import javax.servlet.ServletException;
import javax.servlet.http.Part;

/**
 * Receives an uploaded plugin jar, sent as the body ({@code application/java-archive} with {@code ?filename=}) or as
 * the part {@code file} of a multipart form, into a file of its own; and reads its manifest, which must name a
 * bundle.
 */
final class PluginUploads {

    private static final Set<String> JAR_TYPES = Set.of("application/java-archive", "application/x-java-archive",
            "application/octet-stream", "application/zip");

    private final Path folder;
    private final long maxBytes;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param folder where uploads are written, each under a random name
     * @param maxBytes the largest upload accepted
     */
    PluginUploads(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** @return the uploaded jar, written under the plugins folder's {@code .incoming} folder */
    Path receive(ApiExchange exchange) throws IOException {
        String contentType = exchange.request().getContentType();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        Path incoming = folder.resolve(HexFormat.of().formatHex(randomBytes()) + ".jar");
        Files.createDirectories(incoming.getParent());
        if (type.startsWith("multipart/form-data")) {
            Part part = filePart(exchange);
            requireJarName(part.getSubmittedFileName(), "file");
            try (InputStream in = part.getInputStream()) {
                copy(in, incoming);
            }
        } else {
            if (JAR_TYPES.stream().noneMatch(type::startsWith)) {
                throw Problem.unsupportedMediaType("send the jar as application/java-archive with ?filename=, or as "
                        + "multipart/form-data with a part named file; not " + contentType);
            }
            requireJarName(exchange.query("filename"), "filename");
            try (InputStream in = exchange.request().getInputStream()) {
                copy(in, incoming);
            }
        }
        return incoming;
    }

    private void copy(InputStream in, Path target) throws IOException {
        long size = 0;
        try (var out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0 && size <= maxBytes; read = in.read(buffer)) {
                size += read;
                out.write(buffer, 0, read);
            }
        }
        if (size > maxBytes) {
            Files.deleteIfExists(target);
            throw Problem.tooLarge("a plugin may hold at most " + maxBytes + " bytes");
        }
    }

    private static void requireJarName(String name, String field) {
        if (name == null || !name.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            throw Problem.badRequest(field, "expected the name of a .jar file, got " + (name == null ? "none"
                    : "'" + name + "'"));
        }
    }

    /** @return the jar's manifest, which must name the bundle */
    static Manifest manifest(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String symbolicName = manifest == null ? null : manifest.getMainAttributes().getValue(
                    "Bundle-SymbolicName");
            if (symbolicName == null || symbolicName.isBlank()) {
                throw Problem.badRequest("file", "not an OSGi bundle: its manifest has no Bundle-SymbolicName");
            }
            return manifest;
        } catch (ZipException e) {
            throw Problem.badRequest("file", "not a jar: " + e.getMessage());
        }
    }

    private static Part filePart(ApiExchange exchange) throws IOException {
        try {
            Part part = exchange.request().getPart("file");
            if (part == null) {
                throw Problem.badRequest("file", "the multipart body has no part named file");
            }
            return part;
        } catch (ServletException | IllegalStateException e) {
            throw Problem.badRequest("file", "cannot read the multipart body: " + e.getMessage());
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }
}
