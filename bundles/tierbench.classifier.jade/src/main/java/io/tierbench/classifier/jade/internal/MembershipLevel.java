package io.tierbench.classifier.jade.internal;

import io.tierbench.classifier.support.ConfigEntries;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Membership levels, lowest first; the ordinal is the {@code next_level} score of the level below. */
enum MembershipLevel {
    NONE("非会员", "none", "not-a-member", "non-member", "非会员"),
    REGULAR("普通会员", "regular", "member", "regular-member", "普通会员", "普通", "会员", "普卡", "普卡会员"),
    SILVER("银卡会员", "silver", "silver-member", "银卡会员", "银卡", "银"),
    GOLD("金卡会员", "gold", "gold-member", "金卡会员", "金卡", "金"),
    DIAMOND("钻石会员", "diamond", "diamond-member", "钻石会员", "钻石卡", "钻石");

    private final String chinese;
    private final List<String> names;

    MembershipLevel(String chinese, String... names) {
        this.chinese = chinese;
        this.names = List.of(names);
    }

    /** @return the label key, e.g. {@code gold} */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the level above, or empty for the top one */
    Optional<MembershipLevel> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /**
     * @param text a level as a shop writes it: the key, English ({@code Gold member}) or Chinese ({@code 金卡会员},
     *        {@code 金卡}), in any case
     * @return the level, or empty when the text names none
     */
    static Optional<MembershipLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = ConfigEntries.key(text);
        for (MembershipLevel level : values()) {
            if (level.names.contains(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** @return {@code gold (金卡会员)}, for explanations */
    @Override
    public String toString() {
        return key() + " (" + chinese + ")";
    }
}
