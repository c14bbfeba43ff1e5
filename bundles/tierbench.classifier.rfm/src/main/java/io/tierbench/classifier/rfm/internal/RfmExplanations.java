package io.tierbench.classifier.rfm.internal;

import io.tierbench.api.model.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The English explanations of one run. The breakpoints and means are formatted once per run, not per customer.
 *
 * <p>The segment explanation sticks to ASCII so that, at a million customers, each string is stored one byte per
 * character.
 */
final class RfmExplanations {

    private final String recencyBreakpoints;
    private final String frequencyBreakpoints;
    private final String monetaryBreakpoints;
    private final String meanDays;
    private final String meanFrequency;
    private final String meanMonetary;
    private final int segmentLength;

    RfmExplanations(RfmBase base) {
        recencyBreakpoints = breakpoints(base.recencyBreakpoints(), "<=", String::valueOf);
        frequencyBreakpoints = breakpoints(base.frequencyBreakpoints(), ">=", String::valueOf);
        monetaryBreakpoints = breakpoints(base.monetaryBreakpoints(), ">=", BigDecimal::toPlainString);
        meanDays = base.means().meanDays();
        meanFrequency = base.means().meanFrequency();
        meanMonetary = base.means().meanMonetary();
        // sized once so that a million explanations are built without growing their buffers
        segmentLength = recencyBreakpoints.length() + frequencyBreakpoints.length() + monetaryBreakpoints.length()
                + 260;
    }

    /** @return e.g. {@code 1>=1, 2>=2, 3>=3, 4>=5, 5: none} */
    private static <T> String breakpoints(List<T> points, String relation, Function<T, String> format) {
        StringBuilder text = new StringBuilder();
        for (int s = 1; s <= points.size(); s++) {
            T point = points.get(s - 1);
            text.append(s == 1 ? "" : ", ").append(s)
                    .append(point == null ? ": none" : relation + format.apply(point));
        }
        return text.toString();
    }

    /** @return R, F and M with their scores and breakpoints, the FM rounding and the grid cell */
    String segment(CustomerRfm customer, Segment segment) {
        return new StringBuilder(segmentLength)
                .append("R=").append(customer.days()).append(" days -> R score ").append(customer.r())
                .append(" (breakpoints, days at most: ").append(recencyBreakpoints).append("); F=")
                .append(customer.frequency()).append(" -> F score ").append(customer.f())
                .append(" (breakpoints, purchases at least: ").append(frequencyBreakpoints).append("); M=")
                .append(customer.monetary().toPlainString()).append(" -> M score ").append(customer.m())
                .append(" (breakpoints, spend at least: ").append(monetaryBreakpoints).append("); FM = round_half_up((")
                .append(customer.f()).append('+').append(customer.m()).append(")/2) = ").append(customer.fm())
                .append("; grid cell R").append(customer.r()).append(" x FM").append(customer.fm()).append(" -> ")
                .append(segment.name()).toString();
    }

    /** @return the three comparisons against the means and the class they select */
    String value(CustomerRfm customer, ValueClass valueClass, Label label) {
        String recency = valueClass.recent() ? " <= mean " + meanDays + " (recent)"
                : " > mean " + meanDays + " (not recent)";
        return "days " + customer.days() + recency
                + ", F " + customer.frequency() + comparison(valueClass.frequent()) + meanFrequency
                + ", M " + customer.monetary().toPlainString() + comparison(valueClass.highSpend()) + meanMonetary
                + " -> " + valueClass.arrows() + " " + label.zh() + " (" + label.en() + ")";
    }

    private static String comparison(boolean high) {
        return high ? " >= mean " : " < mean ";
    }

    /** @return the breakpoints of the three scores, one line each */
    String describeBreakpoints() {
        return "R score breakpoints (days, at most): " + recencyBreakpoints
                + "\nF score breakpoints (purchases, at least): " + frequencyBreakpoints
                + "\nM score breakpoints (spend, at least): " + monetaryBreakpoints;
    }
}
