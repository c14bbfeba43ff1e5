package io.tierbench.classifier.satisfaction.internal;

/** The tone of a feedback text, or of a customer's feedback texts taken together. */
enum Polarity {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    /** @return the lower-case name used in scores and explanations */
    String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
