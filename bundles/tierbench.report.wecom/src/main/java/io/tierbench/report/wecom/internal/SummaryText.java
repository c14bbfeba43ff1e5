package io.tierbench.report.wecom.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * The summary's sentences in one language, from {@code summary.properties} (English) or {@code summary_zh.properties}
 * (Simplified Chinese) next to this class, read as UTF-8 through the class's own loader: {@code ResourceBundle}'s
 * locale fallback would follow the JVM's default locale. Placeholders are {@code {0}}, {@code {1}}, ... only.
 */
final class SummaryText {

    private final String language;
    private final Properties texts;

    private SummaryText(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /** @param language {@code zh} for Simplified Chinese, anything else English */
    static SummaryText of(String language) {
        boolean chinese = "zh".equals(language);
        return new SummaryText(chinese ? "zh" : "en", read(chinese ? "summary_zh.properties" : "summary.properties"));
    }

    /**
     * @return the sentence under {@code key} with {@code {i}} replaced by the i-th argument
     * @throws IllegalStateException when there is none: a missing text is a packaging fault
     */
    String format(String key, Object... arguments) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("the WeCom export has no " + language + " text for '" + key + "'");
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** @return every key, for checking that both languages say the same things */
    Set<String> keys() {
        return texts.stringPropertyNames();
    }

    private static Properties read(String resource) {
        InputStream in = SummaryText.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the WeCom export bundle lacks " + resource);
        }
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return texts;
    }
}
