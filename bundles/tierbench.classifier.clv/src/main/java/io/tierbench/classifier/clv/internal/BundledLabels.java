package io.tierbench.classifier.clv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The labels shipped in this bundle: {@code labels.properties} (English) and {@code labels_zh.properties}
 * (Simplified Chinese), next to this class.
 *
 * <p>Read explicitly as UTF-8 through the class's own loader rather than with {@code ResourceBundle}, whose
 * locale fallback would pick the JVM's default locale, and whose loader differs inside an OSGi framework.
 */
final class BundledLabels {

    private final Properties english;
    private final Properties chinese;

    private BundledLabels(Properties english, Properties chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** @return the labels shipped with the bundle */
    static BundledLabels load() {
        return new BundledLabels(read("labels.properties"), read("labels_zh.properties"));
    }

    private static Properties read(String resource) {
        InputStream in = BundledLabels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the CLV bundle lacks its label file " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CLV label file " + resource, e);
        }
    }

    /** @return the English text of {@code key}, or {@code null} when not shipped */
    String english(String key) {
        return english.getProperty(key);
    }

    /** @return the Chinese text of {@code key}, or {@code null} when not shipped */
    String chinese(String key) {
        return chinese.getProperty(key);
    }
}
