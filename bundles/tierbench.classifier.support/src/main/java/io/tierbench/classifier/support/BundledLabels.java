package io.tierbench.classifier.support;

import io.tierbench.api.model.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The labels a classifier bundle ships: {@code labels.properties} (English) and {@code labels_zh.properties}
 * (Simplified Chinese), next to a class of that bundle.
 *
 * <p>Read explicitly as UTF-8 through that class's own loader rather than with {@code ResourceBundle}, whose locale
 * fallback would pick the JVM's default locale, and whose loader differs inside an OSGi framework.
 */
public final class BundledLabels {

    private final Properties english;
    private final Properties chinese;

    private BundledLabels(Properties english, Properties chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * @param anchor a class in the package that holds the label files
     * @param owner the classifier's name, for error messages (e.g. {@code RFM})
     * @return the labels shipped with the bundle
     * @throws IllegalStateException when a label file is missing
     */
    public static BundledLabels load(Class<?> anchor, String owner) {
        return new BundledLabels(read(anchor, owner, "labels.properties"), read(anchor, owner, "labels_zh.properties"));
    }

    private static Properties read(Class<?> anchor, String owner, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the " + owner + " bundle lacks its label file " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + owner + " label file " + resource, e);
        }
    }

    /** @return the English text of {@code key}, or {@code null} when not shipped */
    public String english(String key) {
        return english.getProperty(key);
    }

    /** @return the Chinese text of {@code key}, or {@code null} when not shipped */
    public String chinese(String key) {
        return chinese.getProperty(key);
    }

    /** @return the label of {@code key} in both languages, as shipped */
    public Label label(String key) {
        return new Label(key, english(key), chinese(key));
    }
}
