package io.tierbench.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The workbench's static files, read from the bundle's {@code /web} folder. A bundle's files never change while it
 * is installed, so each file is read once and kept with its entity tag; an update of the bundle makes a new
 * component, and with it a new cache.
 */
final class WebFiles {

    /** The page served for the workbench's folder itself. */
    static final String INDEX = "index.html";

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "json", "application/json; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=UTF-8");

    /** One file: its bytes, content type and entity tag. */
    record WebFile(byte[] bytes, String contentType, String etag) {
    }

    private final Function<String, URL> resources;
    private final Map<String, Optional<WebFile>> cache = new ConcurrentHashMap<>();

    /** @param resources finds a resource of the bundle by its absolute path, e.g. {@code /web/index.html} */
    WebFiles(Function<String, URL> resources) {
        this.resources = resources;
    }

    /**
     * @param path the path below {@code /workbench}, e.g. {@code /js/app.js}; {@code /} or empty for the index page
     * @return the file, or empty when there is none, its type is not served, or the path tries to leave the folder
     */
    Optional<WebFile> find(String path) {
        String relative = normalise(path);
        if (relative == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(relative, this::load);
    }

    /** @return the path below the web folder, or {@code null} when it is not acceptable */
    static String normalise(String path) {
        String relative = path == null ? "" : path;
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        if (relative.isEmpty()) {
            return INDEX;
        }
        if (relative.endsWith("/") || relative.contains("\\") || relative.contains("//") || relative.contains("%")
                || relative.chars().anyMatch(c -> c < 0x20)) {
            return null;
        }
        for (String segment : relative.split("/")) {
            // "..", "." and hidden files alike
            if (segment.startsWith(".")) {
                return null;
            }
        }
        return contentType(relative) == null ? null : relative;
    }

    /** @return the content type of a file name, or {@code null} for a type the workbench does not serve */
    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : CONTENT_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private Optional<WebFile> load(String relative) {
        URL url = resources.apply("/web/" + relative);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            return Optional.of(new WebFile(bytes, contentType(relative), etag(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
