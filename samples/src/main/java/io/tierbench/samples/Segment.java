package io.tierbench.samples;

/** The kinds of customer a real shop has, with their share of its customers in percent. */
enum Segment {
    /** Registered, never bought. */
    PROSPECT(5),
    /** Registered in the last 90 days and bought since. */
    NEW(8),
    /** Bought once, soon after registering, at any time in the shop's history. */
    ONE_TIME(40),
    /** Bought several times, the last more than a year before the end date. */
    LAPSED(12),
    /** Bought several times and may still be buying. */
    REGULAR(35);

    private final int percent;

    Segment(int percent) {
        this.percent = percent;
    }

    int percent() {
        return percent;
    }

    /** @return whether the segment buys more than once */
    boolean repeats() {
        return this == LAPSED || this == REGULAR;
    }
}
