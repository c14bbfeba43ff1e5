package io.tierbench.classifier.potential.internal;

import java.util.Locale;

/** How industry names are compared: surrounding blanks and case do not matter (电子制造 = 电子制造 , IT = it). */
final class Industries {

    private Industries() {
    }

    /** @return the comparison key of an industry name, or {@code null} for none or a blank one */
    static String key(String industry) {
        if (industry == null || industry.isBlank()) {
            return null;
        }
        return industry.trim().toLowerCase(Locale.ROOT);
    }
}
