package io.tierbench.classifier.satisfaction.internal;

/**
 * The net-promoter category of a 0–10 answer, by the standard definition (Reichheld 2003): 9–10 promoter, 7–8
 * passive, 0–6 detractor. Fixed rather than configurable, so that the company NPS means what NPS means elsewhere.
 */
enum NpsCategory {
    PROMOTER("promoter", Level.HIGH),
    PASSIVE("passive", Level.MEDIUM),
    DETRACTOR("detractor", Level.LOW),
    NO_ANSWER("no-answer", Level.UNKNOWN);

    static final int PROMOTER_MIN = 9;
    static final int PASSIVE_MIN = 7;

    private final String key;
    private final Level level;

    NpsCategory(String key, Level level) {
        this.key = key;
        this.level = level;
    }

    /**
     * @param answer an NPS answer 0..10, or {@code null} when none
     * @return its category
     */
    static NpsCategory of(Integer answer) {
        if (answer == null) {
            return NO_ANSWER;
        }
        if (answer >= PROMOTER_MIN) {
            return PROMOTER;
        }
        return answer >= PASSIVE_MIN ? PASSIVE : DETRACTOR;
    }

    /** @return the stable label key */
    String key() {
        return key;
    }

    /** @return the satisfaction level this category implies when the NPS answer decides */
    Level level() {
        return level;
    }

    /** @return the answers in this category, e.g. {@code 9–10} */
    String range() {
        return switch (this) {
            case PROMOTER -> PROMOTER_MIN + "–10";
            case PASSIVE -> PASSIVE_MIN + "–" + (PROMOTER_MIN - 1);
            case DETRACTOR -> "0–" + (PASSIVE_MIN - 1);
            case NO_ANSWER -> "none";
        };
    }
}
