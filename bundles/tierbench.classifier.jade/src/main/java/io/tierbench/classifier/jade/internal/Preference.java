package io.tierbench.classifier.jade.internal;

import io.tierbench.classifier.support.ConfigEntries;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Why a customer buys jade: to collect it, to wear it, or as an investment. */
enum Preference {
    COLLECTION("收藏", "collection", "collector", "collect", "收藏", "收藏型", "收藏客户"),
    WEARING("佩戴", "wearing", "wearer", "wear", "佩戴", "佩戴型", "佩戴客户"),
    INVESTMENT("投资", "investment", "investor", "invest", "投资", "投资型", "投资客户");

    private final String chinese;
    private final List<String> names;

    Preference(String chinese, String... names) {
        this.chinese = chinese;
        this.names = List.of(names);
    }

    /** @return the label key: {@code collection}, {@code wearing} or {@code investment} */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the Chinese word a shop writes, e.g. {@code 收藏} */
    String chinese() {
        return chinese;
    }

    /**
     * @param text a preference as a shop writes it: the key, an English word ({@code Collector}) or the Chinese one
     *        ({@code 收藏}), in any case
     * @return the preference, or empty when the text names none
     */
    static Optional<Preference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = ConfigEntries.key(text);
        for (Preference preference : values()) {
            if (preference.names.contains(key)) {
                return Optional.of(preference);
            }
        }
        return Optional.empty();
    }

    /** @return {@code collection (收藏)}, for explanations */
    @Override
    public String toString() {
        return key() + " (" + chinese + ")";
    }
}
