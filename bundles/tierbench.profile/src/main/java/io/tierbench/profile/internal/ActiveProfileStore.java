package io.tierbench.profile.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The record of the profile last applied, {@code data/tierbench/profile/active.properties}: name, client,
 * description, folder, time, edition, and a SHA-256 digest of each value it wrote (values may be passwords, so only
 * their digests are kept), which tells later whether a value was changed by hand.
 */
final class ActiveProfileStore {

    static final String FILE = "active.properties";
    private static final String VALUE_PREFIX = "value.";

    private final Path folder;

    ActiveProfileStore(Path folder) {
        this.folder = folder;
    }

    /**
     * @param digests per PID, per key the digest of the value written
     */
    record ActiveRecord(String name, String client, String description, Path folder, Instant appliedAt,
            String edition, Map<String, Map<String, String>> digests) {

        List<String> pids() {
            return List.copyOf(new TreeMap<>(digests).keySet());
        }

        Optional<String> digest(String pid, String key) {
            return Optional.ofNullable(digests.getOrDefault(pid, Map.of()).get(key));
        }
    }

    Path folder() {
        return folder;
    }

    Optional<ActiveRecord> read() throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Map<String, String>> digests = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(VALUE_PREFIX)) {
                // value.<pid>/<key>: a PID has no '/', a key may
                String pidAndKey = name.substring(VALUE_PREFIX.length());
                int slash = pidAndKey.indexOf('/');
                digests.computeIfAbsent(pidAndKey.substring(0, slash), pid -> new TreeMap<>())
                        .put(pidAndKey.substring(slash + 1), properties.getProperty(name));
            }
        }
        Arrays.stream(properties.getProperty("pids", "").split(",")).filter(pid -> !pid.isBlank())
                .forEach(pid -> digests.computeIfAbsent(pid, p -> new TreeMap<>()));
        return Optional.of(new ActiveRecord(properties.getProperty("name", ""), properties.getProperty("client", ""),
                properties.getProperty("description", ""), Paths.get(properties.getProperty("folder", "")),
                Instant.parse(properties.getProperty("applied")), properties.getProperty("edition", ""), digests));
    }

    void write(ActiveRecord record) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("name", record.name());
        entries.put("client", record.client());
        entries.put("description", record.description());
        entries.put("folder", record.folder().toString());
        entries.put("applied", record.appliedAt().toString());
        entries.put("edition", record.edition());
        entries.put("pids", String.join(",", record.pids()));
        new TreeMap<>(record.digests()).forEach((pid, keys) -> new TreeMap<>(keys)
                .forEach((key, digest) -> entries.put(VALUE_PREFIX + pid + "/" + key, digest)));
        Properties properties = new Properties();
        properties.putAll(entries);
        StringWriter text = new StringWriter();
        properties.store(text, "The client profile last applied (tierbench:profile-apply); written by Tierbench");
        Files.createDirectories(folder);
        Path temporary = folder.resolve(FILE + ".tmp");
        Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the SHA-256 digest of a value, in hex */
    static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
