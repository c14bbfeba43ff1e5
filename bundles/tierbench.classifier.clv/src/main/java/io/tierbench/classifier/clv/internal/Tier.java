package io.tierbench.classifier.clv.internal;

/** The CLV tiers, best first. */
enum Tier {
    TOP("top"),
    MIDDLE("middle"),
    LOW("low");

    private final String key;

    Tier(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
