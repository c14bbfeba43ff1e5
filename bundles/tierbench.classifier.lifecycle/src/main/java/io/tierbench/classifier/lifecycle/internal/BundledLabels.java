package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.api.model.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The stage labels shipped in this bundle: {@code labels.properties} (English) and {@code labels_zh.properties}
 * (Simplified Chinese), next to this class.
 *
 * <p>Read explicitly as UTF-8 through the class's own loader rather than with {@code ResourceBundle}, whose locale
 * fallback would pick the JVM's default locale, and whose loader differs inside an OSGi framework.
 */
final class BundledLabels {

    private BundledLabels() {
    }

    /** @return the label of every stage */
    static Map<Stage, Label> load() {
        Properties english = read("labels.properties");
        Properties chinese = read("labels_zh.properties");
        Map<Stage, Label> labels = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            String key = stage.key();
            labels.put(stage, new Label(key, english.getProperty(key), chinese.getProperty(key)));
        }
        return labels;
    }

    private static Properties read(String resource) {
        InputStream in = BundledLabels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the lifecycle bundle lacks its label file " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lifecycle label file " + resource, e);
        }
    }
}
