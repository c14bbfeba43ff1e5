package io.tierbench.repository.h2.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The resolved configuration: a URL that is never empty and a validated batch size.
 *
 * @param url H2 JDBC URL
 * @param user database user
 * @param password database password, empty for none
 * @param batchSize rows per database round trip, at least 1
 */
record H2Settings(String url, String user, String password, int batchSize) {

    H2Settings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (batchSize < 1) {
            throw new IllegalArgumentException(
                    H2Database.PID + ": batch.size must be at least 1, was " + batchSize);
        }
    }

    /**
     * @param config the component configuration
     * @param karafData the {@code karaf.data} system property, or {@code null} outside Karaf
     */
    static H2Settings from(H2RepositoryConfiguration config, String karafData) {
        String url = config.url() == null || config.url().isBlank() ? defaultUrl(karafData) : config.url().trim();
        return new H2Settings(url, config.user(), config.password(), config.batch_size());
    }

    /** H2 accepts only absolute or explicitly relative file paths, so the default is made absolute. */
    static String defaultUrl(String karafData) {
        String base = karafData == null || karafData.isBlank() ? "./data" : karafData;
        Path file = Path.of(base, "tierbench", "tierbench").toAbsolutePath().normalize();
        return "jdbc:h2:file:" + file;
    }
}
