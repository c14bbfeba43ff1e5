package io.tierbench.samples;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The bundled sample files of an edition, and the configuration the edition ships in features/. */
final class EditionFiles {

    private EditionFiles() {
    }

    /** @return the bytes of {@code samples/<edition>/<fileName>} on the class path */
    static byte[] bundled(String edition, String fileName) throws IOException {
        try (InputStream in = EditionFiles.class.getResourceAsStream("/samples/" + edition + "/" + fileName)) {
            assertNotNull(in, "samples/" + edition + "/" + fileName + " is not on the class path");
            return in.readAllBytes();
        }
    }

    static String bundledText(String edition, String fileName) throws IOException {
        return new String(bundled(edition, fileName), StandardCharsets.UTF_8);
    }

    /** @return the data rows of a bundled CSV file that quotes no field, split at every comma */
    static List<String[]> rows(String edition, String fileName) throws IOException {
        List<String[]> rows = new ArrayList<>();
        bundledText(edition, fileName).lines().skip(1).forEach(line -> rows.add(line.split(",", -1)));
        return rows;
    }

    /**
     * The configuration file the edition's feature installs, read from the features module beside this one, so that
     * the tests check the sample against the thresholds actually shipped.
     */
    static Properties shippedConfig(String edition, String fileName) throws IOException {
        Path file = Path.of("..", "features", "src", "main", "cfg", edition, fileName);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    static int intProperty(Properties properties, String key) {
        String value = properties.getProperty(key);
        assertNotNull(value, key + " is not configured");
        return Integer.parseInt(value.trim());
    }
}
