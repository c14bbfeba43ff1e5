package io.tierbench.classifier.potential.internal;

/**
 * The configured bounds of the size buckets.
 *
 * @param mediumMin the fewest employees of a medium company
 * @param largeMin the fewest employees of a large company
 */
record SizeBuckets(int mediumMin, int largeMin) {

    /** @param employees at least 1 */
    SizeBucket of(int employees) {
        if (employees >= largeMin) {
            return SizeBucket.LARGE;
        }
        return employees >= mediumMin ? SizeBucket.MEDIUM : SizeBucket.SMALL;
    }

    /** @return e.g. {@code medium: 50 to 499 employees} */
    String describe(SizeBucket bucket) {
        return bucket.key() + ": " + switch (bucket) {
            case SMALL -> "1 to " + (mediumMin - 1) + " employees";
            case MEDIUM -> mediumMin + " to " + (largeMin - 1) + " employees";
            case LARGE -> largeMin + " employees or more";
        };
    }
}
