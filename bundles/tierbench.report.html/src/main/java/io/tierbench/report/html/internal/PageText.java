package io.tierbench.report.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The dashboard's own words in one language, from {@code text.properties} (English) or {@code text_zh.properties}
 * (Simplified Chinese) next to this class.
 *
 * <p>Read as UTF-8 through the class's own loader rather than with {@code ResourceBundle}, whose locale fallback
 * would follow the JVM's default locale. Placeholders are {@code {0}}, {@code {1}}, ... and nothing else, so an
 * apostrophe in a text needs no quoting as it would with {@code MessageFormat}.
 */
final class PageText {

    private final String language;
    private final Properties texts;

    private PageText(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /**
     * @param language {@code zh} for Simplified Chinese, anything else English
     * @throws IllegalStateException when the bundle lacks its text file
     */
    static PageText of(String language) {
        boolean chinese = "zh".equals(language);
        return new PageText(chinese ? "zh" : "en", read(chinese ? "text_zh.properties" : "text.properties"));
    }

    /** @return {@code en} or {@code zh} */
    String language() {
        return language;
    }

    /**
     * @return the text under {@code key}
     * @throws IllegalStateException when there is none: a missing text is a packaging fault, not a blank to show
     */
    String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("the HTML report has no " + language + " text for '" + key + "'");
        }
        return text;
    }

    /** @return the text under {@code key} with {@code {i}} replaced by the i-th argument */
    String format(String key, Object... arguments) {
        String text = get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** @return the shipped name of a known classifier, else the name it ran under */
    String classifierName(String classifierId, String ranAs) {
        return texts.getProperty("classifier." + classifierId, ranAs);
    }

    /** @return the shipped name of a known classifier's scheme, else the scheme's key */
    String schemeName(String classifierId, String scheme) {
        return texts.getProperty("scheme." + classifierId + "." + scheme, scheme);
    }

    /** @return every key, for checking that both languages say the same things */
    java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }

    private static Properties read(String resource) {
        InputStream in = PageText.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the HTML report bundle lacks its text file " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the HTML report text file " + resource, e);
        }
    }
}
