package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A run over purchases written by hand, as days before the as-of date. Facts are aggregated as the engine defines
 * them: the gaps are the days between consecutive distinct purchase dates, the median of an even number of gaps is
 * the mean of the middle two, and the last gap is the one before the last purchase date.
 */
class FakeClassificationContext implements ClassificationContext {

    private final LocalDate asOf;
    private final TreeMap<String, List<LocalDate>> purchasesByCustomer = new TreeMap<>();

    FakeClassificationContext(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Adds a customer who has bought nothing. */
    FakeClassificationContext nonBuyer(String id) {
        purchasesByCustomer.computeIfAbsent(id, key -> new ArrayList<>());
        return this;
    }

    /** Adds one purchase per entry, each that many days before the as-of date; repeat a number for same-day orders. */
    FakeClassificationContext buyer(String id, long... daysAgo) {
        List<LocalDate> purchases = purchasesByCustomer.computeIfAbsent(id, key -> new ArrayList<>());
        for (long days : daysAgo) {
            purchases.add(asOf.minusDays(days));
        }
        return this;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public List<PurchaseFacts> facts() {
        return facts(null);
    }

    @Override
    public List<PurchaseFacts> facts(LocalDate from) {
        List<PurchaseFacts> facts = new ArrayList<>();
        purchasesByCustomer.forEach((id, dates) -> facts.add(aggregate(id, dates.stream()
                .filter(d -> !d.isAfter(asOf) && (from == null || !d.isBefore(from))).toList())));
        return List.copyOf(facts);
    }

    private static PurchaseFacts aggregate(String id, List<LocalDate> purchases) {
        if (purchases.isEmpty()) {
            return PurchaseFacts.none(id);
        }
        List<LocalDate> days = purchases.stream().distinct().sorted().toList();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < days.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)));
        }
        BigDecimal spend = BigDecimal.valueOf(purchases.size());
        return new PurchaseFacts(id, days.get(0), days.get(days.size() - 1), purchases.size(), days.size(), spend,
                BigDecimal.ZERO, BigDecimal.ONE, median(gaps),
                gaps.isEmpty() ? null : gaps.get(gaps.size() - 1).intValue());
    }

    private static Double median(List<Long> gaps) {
        if (gaps.isEmpty()) {
            return null;
        }
        List<Long> sorted = gaps.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    @Override
    public Optional<Customer> customer(String externalId) {
        return purchasesByCustomer.containsKey(externalId) ? Optional.of(Customer.of(externalId, externalId))
                : Optional.empty();
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        throw new UnsupportedOperationException("Lifecycle must classify from the purchase facts alone");
    }

    @Override
    public void forEachInteraction(Consumer<Interaction> visitor) {
        throw new UnsupportedOperationException("Lifecycle must classify from the purchase facts alone");
    }
}
