package io.tierbench.classifier.satisfaction.internal;

/**
 * A customer's satisfaction level and why.
 *
 * @param level the level after any complaint cap
 * @param rule the evidence that decided the level before the cap
 * @param capped whether recent complaints lowered the level
 * @param explanation the rule, inputs and thresholds, in English
 */
record Verdict(Level level, Rule rule, boolean capped, String explanation) {

    /** The evidence a level comes from, in the order it is looked for. */
    enum Rule {
        CSAT,
        NPS,
        POLARITY,
        NONE
    }
}
