package io.tierbench.classifier.rfm.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The scored customers of one run: their raw values, the three rank scales and the means.
 */
final class RfmBase {

    private final long[] days;
    private final int[] frequencies;
    private final BigDecimal[] spends;
    private final long[] spendKeys;
    private final MonetaryKeys monetaryKeys;
    private final RankScale recency;
    private final RankScale frequency;
    private final RankScale monetary;
    private final BaseMeans means;

    private RfmBase(long[] days, int[] frequencies, BigDecimal[] spends, MonetaryKeys monetaryKeys, int bins) {
        this.days = days;
        this.frequencies = frequencies;
        this.spends = spends;
        this.monetaryKeys = monetaryKeys;
        this.spendKeys = new long[spends.length];
        long[] recencyKeys = new long[days.length];
        long[] frequencyKeys = new long[days.length];
        for (int i = 0; i < days.length; i++) {
            recencyKeys[i] = -days[i]; // more days since the last purchase is worse
            frequencyKeys[i] = frequencies[i];
            spendKeys[i] = monetaryKeys.key(spends[i]);
        }
        this.recency = RankScale.of(recencyKeys, bins);
        this.frequency = RankScale.of(frequencyKeys, bins);
        this.monetary = RankScale.of(spendKeys, bins);
        this.means = BaseMeans.of(days, frequencies, spends);
    }

    /**
     * @param scored the facts of the customers with at least one purchase in the window; not empty
     * @param asOf the run's as-of date, on or after every last purchase
     * @param bins the number of scores per metric
     */
    static RfmBase of(List<PurchaseFacts> scored, LocalDate asOf, int bins) {
        long[] days = new long[scored.size()];
        int[] frequencies = new int[scored.size()];
        BigDecimal[] spends = new BigDecimal[scored.size()];
        for (int i = 0; i < days.length; i++) {
            PurchaseFacts facts = scored.get(i);
            days[i] = facts.daysSinceLastPurchase(asOf);
            frequencies[i] = facts.purchaseCount();
            spends[i] = facts.totalSpend();
        }
        return new RfmBase(days, frequencies, spends, MonetaryKeys.of(spends), bins);
    }

    /** @param index the customer's position in the list of scored facts */
    CustomerRfm score(int index) {
        return new CustomerRfm(days[index], frequencies[index], spends[index], recency.score(-days[index]),
                frequency.score(frequencies[index]), monetary.score(spendKeys[index]));
    }

    /** @return the customer's class in the eight-class value model */
    ValueClass valueClass(CustomerRfm customer) {
        return ValueClass.of(means.recent(customer.days()), means.frequent(customer.frequency()),
                means.highSpend(customer.monetary()));
    }

    /** @return per score, the most days since the last purchase still reaching it; {@code null} where none */
    List<Long> recencyBreakpoints() {
        return recency.breakpoints().stream().map(key -> key == null ? null : -key).toList();
    }

    /** @return per score, the fewest purchases reaching it; {@code null} where none */
    List<Long> frequencyBreakpoints() {
        return frequency.breakpoints();
    }

    /** @return per score, the lowest spend reaching it; {@code null} where none */
    List<BigDecimal> monetaryBreakpoints() {
        return monetary.breakpoints().stream().map(key -> key == null ? null : monetaryKeys.amount(key)).toList();
    }

    BaseMeans means() {
        return means;
    }
}
