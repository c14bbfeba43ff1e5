package io.tierbench.classifier.clv.internal;

import io.tierbench.classifier.support.ConfigEntries;
import java.math.BigDecimal;
import java.util.List;

/**
 * How CLV values become tiers: by quantile shares of the customers with a purchase, or by fixed amounts.
 *
 * @param byThresholds whether {@code top} and {@code middle} are amounts (else shares of customers)
 * @param top the top share (0..1) or the least CLV in the top tier
 * @param middle the middle share or the least CLV in the middle tier
 */
record TierRule(boolean byThresholds, BigDecimal top, BigDecimal middle) {

    /**
     * @param shares the {@code tier.shares} entries: top share, middle share
     * @param problems receives a message per problem
     * @return the rule, or {@code null} when there were problems
     */
    static TierRule quantiles(List<String> shares, List<String> problems) {
        BigDecimal[] values = parsePair("tier.shares", shares, problems);
        if (values == null) {
            return null;
        }
        if (values[0].signum() < 0 || values[1].signum() < 0
                || values[0].add(values[1]).compareTo(BigDecimal.ONE) > 0) {
            problems.add("tier.shares must be two shares >= 0 adding up to at most 1, was " + shares);
            return null;
        }
        return new TierRule(false, values[0], values[1]);
    }

    /**
     * @param property the property name, for messages
     * @param amounts the entries: least CLV of the top tier, least CLV of the middle tier
     * @return the rule, or {@code null} when there were problems
     */
    static TierRule thresholds(String property, List<String> amounts, List<String> problems) {
        BigDecimal[] values = parsePair(property, amounts, problems);
        if (values == null) {
            return null;
        }
        if (values[0].compareTo(values[1]) < 0) {
            problems.add(property + " must be 'top; middle' with top >= middle, was " + amounts);
            return null;
        }
        return new TierRule(true, values[0], values[1]);
    }

    private static BigDecimal[] parsePair(String property, List<String> entries, List<String> problems) {
        if (entries.size() != 2) {
            problems.add(property + " must have two entries (top; middle), had " + entries.size());
            return null;
        }
        try {
            return new BigDecimal[] {new BigDecimal(entries.get(0)), new BigDecimal(entries.get(1))};
        } catch (NumberFormatException e) {
            problems.add(property + " entries must be decimal numbers, were " + entries);
            return null;
        }
    }

    /**
     * @param value the customer's CLV
     * @param strictlyHigher customers with a strictly higher CLV
     * @param customers customers ranked (those with a purchase)
     */
    Tier tier(BigDecimal value, int strictlyHigher, int customers) {
        if (byThresholds) {
            return value.compareTo(top) >= 0 ? Tier.TOP : value.compareTo(middle) >= 0 ? Tier.MIDDLE : Tier.LOW;
        }
        BigDecimal higher = BigDecimal.valueOf(strictlyHigher);
        BigDecimal n = BigDecimal.valueOf(customers);
        if (higher.compareTo(top.multiply(n)) < 0) {
            return Tier.TOP;
        }
        return higher.compareTo(top.add(middle).multiply(n)) < 0 ? Tier.MIDDLE : Tier.LOW;
    }

    /** @return the rule in words, for explanations */
    String describe() {
        if (byThresholds) {
            return "thresholds: top if CLV >= " + top.toPlainString() + ", middle if >= " + middle.toPlainString()
                    + ", else low";
        }
        return "quantiles: top if fewer than " + percent(top) + " of customers have a higher CLV, middle if fewer "
                + "than " + percent(top.add(middle)) + ", else low";
    }

    /** @return the rule as configuration entries */
    String entries() {
        return ConfigEntries.join(List.of(top.toPlainString(), middle.toPlainString()));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
