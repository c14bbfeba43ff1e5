package io.tierbench.classifier.abc.internal;

import java.util.Locale;

/** The three Pareto classes, best first. */
enum AbcClass {
    A, B, C;

    /** @return the label key: {@code a}, {@code b} or {@code c} */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
