package io.tierbench.api.model;

import java.util.Objects;

/**
 * A tier or segment name: a stable key for storage and comparison, and what users read in English and Simplified
 * Chinese.
 *
 * @param key stable identifier, compared across runs (e.g. {@code champions})
 * @param en English label (e.g. {@code Champions})
 * @param zh Simplified Chinese label (e.g. {@code 冠军客户})
 * @since 1.0
 */
public record Label(String key, String en, String zh) {

    public Label {
        Objects.requireNonNull(key, "key");
        en = en == null ? key : en;
        zh = zh == null ? en : zh;
    }

    /** @return the label in the given language ({@code zh} for Chinese, anything else English) */
    public String in(String language) {
        return "zh".equals(language) ? zh : en;
    }
}
