package io.tierbench.classifier.potential.internal;

import java.math.BigDecimal;

/** English ordinals: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, and 62.5th for a fractional percentile. */
final class Ordinals {

    private Ordinals() {
    }

    static String of(int number) {
        int lastTwo = number % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return number + "th";
        }
        return number + switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** @return e.g. {@code 75th} or {@code 62.5th} */
    static String of(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return of(plain.intValueExact());
        }
        return plain.toPlainString() + "th";
    }
}
