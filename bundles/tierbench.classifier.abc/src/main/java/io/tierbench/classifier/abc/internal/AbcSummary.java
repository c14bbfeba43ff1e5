package io.tierbench.classifier.abc.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Tallies customers and revenue per class over one run, for the run summary. */
final class AbcSummary {

    private final Map<AbcClass, Integer> customers = new EnumMap<>(AbcClass.class);
    private final Map<AbcClass, BigDecimal> revenue = new EnumMap<>(AbcClass.class);

    AbcSummary() {
        for (AbcClass abcClass : AbcClass.values()) {
            customers.put(abcClass, 0);
            revenue.put(abcClass, BigDecimal.ZERO);
        }
    }

    void add(AbcClass abcClass, AbcRanking.Entry entry) {
        customers.merge(abcClass, 1, Integer::sum);
        if (entry.hasRevenue()) {
            revenue.merge(abcClass, entry.revenue(), BigDecimal::add);
        }
    }

    /** @return e.g. {@code A: 2 customers, revenue 800.00 (80 %); B: ...} */
    String describe(BigDecimal totalRevenue) {
        StringBuilder text = new StringBuilder();
        for (AbcClass abcClass : AbcClass.values()) {
            text.append(text.length() == 0 ? "" : "; ").append(abcClass).append(": ").append(customers.get(abcClass))
                    .append(" customers, revenue ").append(revenue.get(abcClass).toPlainString()).append(" (")
                    .append(Shares.format(Shares.percent(revenue.get(abcClass), totalRevenue))).append(')');
        }
        return text.toString();
    }
}
