package io.tierbench.classifier.satisfaction.internal;

/**
 * A customer's satisfaction level. {@link #UNKNOWN} is "no evidence", deliberately outside the high-to-low order:
 * a customer who never answered is not a dissatisfied one.
 */
enum Level {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low"),
    UNKNOWN("unknown");

    private final String key;

    Level(String key) {
        this.key = key;
    }

    /** @return the stable label key */
    String key() {
        return key;
    }

    /**
     * @param cap the highest level allowed
     * @return this level, or {@code cap} when this one is higher; {@link #UNKNOWN} stays unknown
     */
    Level atMost(Level cap) {
        return this != UNKNOWN && ordinal() < cap.ordinal() ? cap : this;
    }
}
