package io.tierbench.classifier.potential.internal;

import java.util.Locale;

/** The potential labels, by realised share of the expected annual revenue. */
enum PotentialLevel {
    HIGH, MEDIUM, REALISED, UNKNOWN;

    /** @return the label key, e.g. {@code high} */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
