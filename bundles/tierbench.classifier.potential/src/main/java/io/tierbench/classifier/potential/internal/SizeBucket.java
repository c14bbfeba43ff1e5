package io.tierbench.classifier.potential.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Company size by employees; the bounds are configured ({@link SizeBuckets}). */
enum SizeBucket {
    SMALL, MEDIUM, LARGE;

    /** @return the key used in configuration and explanations: {@code small}, {@code medium}, {@code large} */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the bucket written as {@code key}, case and surrounding blanks ignored */
    static Optional<SizeBucket> parse(String key) {
        String wanted = key == null ? "" : key.trim();
        return Arrays.stream(values()).filter(bucket -> bucket.key().equalsIgnoreCase(wanted)).findFirst();
    }
}
