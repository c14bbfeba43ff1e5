package io.tierbench.classifier.clv.internal;

import java.util.Locale;

/** The unit of t_x, T, horizons and of the rate parameter alpha. */
enum TimeUnit {
    WEEKS(7),
    DAYS(1);

    /** Mean Gregorian month, 365.25 / 12 days: the discounting period of the predictive CLV. */
    static final double DAYS_PER_MONTH = 365.25 / 12;

    private final int days;

    TimeUnit(int days) {
        this.days = days;
    }

    /** @return the unit's length in days */
    int days() {
        return days;
    }

    /** @return the duration in this unit */
    double fromDays(double dayCount) {
        return dayCount / days;
    }

    /** @return one month in this unit */
    double month() {
        return DAYS_PER_MONTH / days;
    }

    /** @return the configuration name, e.g. {@code weeks} */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    static TimeUnit parse(String value) {
        for (TimeUnit unit : values()) {
            if (unit.key().equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return unit;
            }
        }
        throw new IllegalArgumentException("time.unit must be weeks or days, was '" + value + "'");
    }
}
