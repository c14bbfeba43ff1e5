package io.tierbench.classifier.frequency.internal;

/**
 * One band of a count scale: counts from {@code min} up to the next band's minimum (exclusive).
 *
 * @param key the label key, e.g. {@code regular}
 * @param min the lowest count in the band
 * @param property the configuration property that sets {@code min}, or {@code null} when the band is fixed
 */
record CountBand(String key, int min, String property) {

    /** @return e.g. {@code 4 (purchases.regular.min)} or {@code 2} */
    String describeMin() {
        return property == null ? Integer.toString(min) : min + " (" + property + ")";
    }
}
