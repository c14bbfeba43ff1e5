package io.tierbench.classifier.frequency.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The last {@code days} days up to and including the as-of date, as RFM, ABC and satisfaction count "the last N
 * days": from as-of minus N-1 days to the as-of date.
 *
 * @param days the length in days, at least 1
 */
record CountWindow(int days) {

    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    /** @return the first day of the window */
    LocalDate start(LocalDate asOf) {
        return asOf.minusDays(days - 1L);
    }

    /** @return whether {@code day} lies in the window ending on {@code asOf} */
    boolean contains(LocalDate asOf, LocalDate day) {
        return !day.isBefore(start(asOf)) && !day.isAfter(asOf);
    }

    /** @return e.g. {@code the last 90 days (2024-01-02 to 2024-03-31, the as-of day included)} */
    String describe(LocalDate asOf) {
        return "the last " + days + " days (" + start(asOf) + " to " + asOf + ", the as-of day included)";
    }

    /** @return {@code count x 30 / days}, rounded half up to 2 places */
    BigDecimal per30Days(int count) {
        return BigDecimal.valueOf(count).multiply(THIRTY).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }
}
