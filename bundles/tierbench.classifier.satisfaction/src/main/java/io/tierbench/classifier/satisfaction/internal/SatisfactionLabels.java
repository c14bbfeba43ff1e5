package io.tierbench.classifier.satisfaction.internal;

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
 * The labels shipped in this bundle: {@code labels.properties} (English) and {@code labels_zh.properties}
 * (Simplified Chinese), next to this class, keyed {@code level.<key>} and {@code nps.<key>}.
 *
 * <p>Read explicitly as UTF-8 through the class's own loader rather than with {@code ResourceBundle}, whose
 * locale fallback would pick the JVM's default locale, and whose loader differs inside an OSGi framework.
 */
final class SatisfactionLabels {

    private final Map<Level, Label> levels;
    private final Map<NpsCategory, Label> categories;

    private SatisfactionLabels(Map<Level, Label> levels, Map<NpsCategory, Label> categories) {
        this.levels = levels;
        this.categories = categories;
    }

    /** @return the labels shipped with the bundle */
    static SatisfactionLabels load() {
        Properties english = read("labels.properties");
        Properties chinese = read("labels_zh.properties");
        Map<Level, Label> levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            levels.put(level, label(level.key(), "level.", english, chinese));
        }
        Map<NpsCategory, Label> categories = new EnumMap<>(NpsCategory.class);
        for (NpsCategory category : NpsCategory.values()) {
            categories.put(category, label(category.key(), "nps.", english, chinese));
        }
        return new SatisfactionLabels(levels, categories);
    }

    private static Label label(String key, String prefix, Properties english, Properties chinese) {
        String en = english.getProperty(prefix + key);
        String zh = chinese.getProperty(prefix + key);
        if (en == null || zh == null) {
            throw new IllegalStateException("the satisfaction bundle lacks a label for " + prefix + key);
        }
        return new Label(key, en, zh);
    }

    private static Properties read(String resource) {
        InputStream in = SatisfactionLabels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the satisfaction bundle lacks its label file " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the satisfaction label file " + resource, e);
        }
    }

    Label level(Level level) {
        return levels.get(level);
    }

    Label nps(NpsCategory category) {
        return categories.get(category);
    }
}
