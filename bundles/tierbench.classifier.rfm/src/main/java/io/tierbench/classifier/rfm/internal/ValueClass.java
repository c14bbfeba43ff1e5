package io.tierbench.classifier.rfm.internal;

/**
 * The Chinese eight-class RFM value model (RFM 八类客户): each of R, F and M is high or low against its mean over
 * the scored customers. M decides important (重要) or general (一般); R and F decide value, development, retention
 * or win-back. R high means recent: few days since the last purchase.
 */
enum ValueClass {
    IMPORTANT_VALUE("important-value", true, true, true),
    IMPORTANT_DEVELOPMENT("important-development", true, false, true),
    IMPORTANT_RETENTION("important-retention", false, true, true),
    IMPORTANT_WINBACK("important-winback", false, false, true),
    GENERAL_VALUE("general-value", true, true, false),
    GENERAL_DEVELOPMENT("general-development", true, false, false),
    GENERAL_RETENTION("general-retention", false, true, false),
    GENERAL_WINBACK("general-winback", false, false, false);

    private final String key;
    private final boolean recent;
    private final boolean frequent;
    private final boolean highSpend;

    ValueClass(String key, boolean recent, boolean frequent, boolean highSpend) {
        this.key = key;
        this.recent = recent;
        this.frequent = frequent;
        this.highSpend = highSpend;
    }

    /**
     * @param recent days since the last purchase at most the mean
     * @param frequent purchase count at least the mean
     * @param highSpend total spend at least the mean
     * @return the class of that combination
     */
    static ValueClass of(boolean recent, boolean frequent, boolean highSpend) {
        for (ValueClass valueClass : values()) {
            if (valueClass.recent == recent && valueClass.frequent == frequent && valueClass.highSpend == highSpend) {
                return valueClass;
            }
        }
        throw new AssertionError("all eight combinations are listed");
    }

    /** @return the stable label key, e.g. {@code important-value} */
    String key() {
        return key;
    }

    /** @return whether the days since the last purchase are at most the mean */
    boolean recent() {
        return recent;
    }

    /** @return whether the purchase count is at least the mean */
    boolean frequent() {
        return frequent;
    }

    /** @return whether the spend is at least the mean */
    boolean highSpend() {
        return highSpend;
    }

    /** @return the combination in the notation of the Chinese literature, e.g. {@code R↑F↓M↑} */
    String arrows() {
        return "R" + arrow(recent) + "F" + arrow(frequent) + "M" + arrow(highSpend);
    }

    private static String arrow(boolean high) {
        return high ? "\u2191" : "\u2193";
    }
}
