package io.tierbench.classifier.support.testing;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A classification run over customers, orders and interactions written by hand, shared by the classifiers' tests.
 *
 * <p>The base is every customer added (directly, or by a purchase of theirs); {@link #facts(LocalDate)} gives one
 * {@link PurchaseFacts} per customer of the base, in id order, aggregated the way the engine defines them: completed
 * orders from the window start to the as-of date, both inclusive; purchase days are distinct dates; repeat spend is
 * what was bought on days after the first; the gaps are the days between consecutive purchase days, the median of an
 * even number of them the mean of the middle two, the last gap the one before the last purchase day.
 *
 * <p>A classifier reads only the purchase facts unless the test says otherwise: {@link #forEachOrder} and
 * {@link #forEachInteraction} throw until {@link #streamingOrders()} or {@link #streamingInteractions()} allow them.
 * Once allowed they hand over everything added, later ones and non-purchases included (interactions in id order
 * {@code I0001}, {@code I0002}, … as added, as the engine streams them), so a classifier that does not check dates or
 * statuses is caught.
 */
public class FakeClassificationContext implements ClassificationContext {

    private final LocalDate asOf;
    private final TreeMap<String, Customer> base = new TreeMap<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private final List<LocalDate> requestedWindowStarts = new ArrayList<>();
    private boolean ordersStreamed;
    private boolean interactionsStreamed;

    public FakeClassificationContext(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Lets the classifier under test stream the orders. */
    public FakeClassificationContext streamingOrders() {
        ordersStreamed = true;
        return this;
    }

    /** Lets the classifier under test stream the interactions. */
    public FakeClassificationContext streamingInteractions() {
        interactionsStreamed = true;
        return this;
    }

    // ---- customers of the base

    /** Adds a customer who has bought nothing. */
    public FakeClassificationContext nonBuyer(String id) {
        return customers(id);
    }

    /** Adds customers to the base, with or without purchases or interactions. */
    public FakeClassificationContext customers(String... ids) {
        for (String id : ids) {
            base.putIfAbsent(id, Customer.of(id, id));
        }
        return this;
    }

    /** Adds a private person with free attributes given as name, value, name, value … (no industry, no size). */
    public FakeClassificationContext person(String id, String... attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            values.put(attributes[i], attributes[i + 1]);
        }
        base.put(id, new Customer(id, id, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, values));
        return this;
    }

    /** Adds a company; {@code industry} and {@code employees} may be {@code null}. */
    public FakeClassificationContext company(String id, String industry, Integer employees) {
        base.put(id, new Customer(id, id, CustomerType.COMPANY, null, null, null, null, null, null, null, null, null,
                null, industry, employees, null, null, null, Map.of()));
        return this;
    }

    // ---- purchases: completed orders at noon that also add their customer to the base

    /** Adds one purchase. */
    public FakeClassificationContext purchase(String id, LocalDate date, String amount) {
        customers(id);
        return order(id, null, amount, OrderStatus.COMPLETED, date);
    }

    /** Adds one purchase on {@code day} (ISO date). */
    public FakeClassificationContext purchase(String id, String day, String amount) {
        return purchase(id, LocalDate.parse(day), amount);
    }

    /** Adds one purchase of 100.00 on each of the days (ISO dates; a day given twice is two orders that day). */
    public FakeClassificationContext purchases(String id, String... days) {
        customers(id);
        for (String day : days) {
            purchase(id, day, "100.00");
        }
        return this;
    }

    /** Adds one purchase of {@code amount} on the as-of date. */
    public FakeClassificationContext buyer(String id, String amount) {
        return purchase(id, asOf, amount);
    }

    /**
     * Adds a customer whose last purchase was {@code daysAgo} days before the as-of date, with {@code count}
     * purchases adding up to exactly {@code total}: the earlier ones of 1 each, on the days before.
     */
    public FakeClassificationContext buyer(String id, long daysAgo, int count, String total) {
        LocalDate last = asOf.minusDays(daysAgo);
        for (int earlier = 1; earlier < count; earlier++) {
            purchase(id, last.minusDays(earlier), "1");
        }
        return purchase(id, last, new BigDecimal(total).subtract(BigDecimal.valueOf(count - 1L)).toPlainString());
    }

    /**
     * Adds one purchase of 1 per entry, each that many days before the as-of date; repeat a number for same-day
     * orders. With no entry, a customer who has bought nothing.
     */
    public FakeClassificationContext buyer(String id, long... daysAgo) {
        customers(id);
        for (long days : daysAgo) {
            purchase(id, asOf.minusDays(days), "1");
        }
        return this;
    }

    // ---- orders that do not add their customer to the base

    /** Adds a completed order of {@code category} on the as-of date. */
    public FakeClassificationContext bought(String id, String category, String amount) {
        return order(id, category, amount, OrderStatus.COMPLETED, asOf);
    }

    /** Adds an order at noon of {@code date}, ids {@code o1}, {@code o2}, … in the order added. */
    public FakeClassificationContext order(String id, String category, String amount, OrderStatus status,
            LocalDate date) {
        orders.add(new Order("o" + (orders.size() + 1), id, date.atTime(12, 0), new BigDecimal(amount), null, 1,
                null, category, status));
        return this;
    }

    // ---- interactions

    /**
     * Adds one interaction of {@code kind} at 10:00 on each of the days (ISO dates); the customer need not be in the
     * base.
     */
    public FakeClassificationContext interactions(String customer, InteractionKind kind, String... days) {
        for (String day : days) {
            interactionAt(customer, LocalDate.parse(day).atTime(10, 0), kind, null, null, null);
        }
        return this;
    }

    /** Adds an interaction of a customer of the base at noon {@code daysAgo} days before the as-of date. */
    public FakeClassificationContext interaction(String customer, long daysAgo, InteractionKind kind, String text,
            Integer csat, Integer nps) {
        customers(customer);
        return interactionOutsideBase(customer, daysAgo, kind, text, csat, nps);
    }

    /** Adds an interaction at noon {@code daysAgo} days before the as-of date, its customer left out of the base. */
    public FakeClassificationContext interactionOutsideBase(String customer, long daysAgo, InteractionKind kind,
            String text, Integer csat, Integer nps) {
        return interactionAt(customer, asOf.minusDays(daysAgo).atTime(12, 0), kind, text, csat, nps);
    }

    /** Adds one service interaction per CSAT answer. */
    public FakeClassificationContext csat(String customer, long daysAgo, int... answers) {
        for (int answer : answers) {
            interaction(customer, daysAgo, InteractionKind.SERVICE, null, answer, null);
        }
        return this;
    }

    /** Adds a referral interaction with an NPS answer. */
    public FakeClassificationContext nps(String customer, long daysAgo, int answer) {
        return interaction(customer, daysAgo, InteractionKind.REFERRAL, null, null, answer);
    }

    /** Adds a feedback interaction with free text. */
    public FakeClassificationContext feedback(String customer, long daysAgo, String text) {
        return interaction(customer, daysAgo, InteractionKind.FEEDBACK, text, null, null);
    }

    /** Adds {@code count} complaints about slow delivery. */
    public FakeClassificationContext complaints(String customer, long daysAgo, int count) {
        for (int i = 0; i < count; i++) {
            interaction(customer, daysAgo, InteractionKind.COMPLAINT, "物流太慢", null, null);
        }
        return this;
    }

    private FakeClassificationContext interactionAt(String customer, LocalDateTime at, InteractionKind kind,
            String text, Integer csat, Integer nps) {
        String id = String.format("I%04d", interactions.size() + 1);
        interactions.add(new Interaction(id, customer, at, InteractionChannel.OTHER, kind, text, csat, nps));
        return this;
    }

    /** @return the window starts the classifier asked for, in order; {@code null} for all history */
    public List<LocalDate> requestedWindowStarts() {
        return Collections.unmodifiableList(requestedWindowStarts);
    }

    // ---- the context

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
        requestedWindowStarts.add(from);
        List<PurchaseFacts> facts = new ArrayList<>();
        for (String id : base.keySet()) {
            facts.add(aggregate(id, orders.stream().filter(o -> o.customerId().equals(id) && o.status().isPurchase())
                    .filter(o -> !o.orderedAt().toLocalDate().isAfter(asOf))
                    .filter(o -> from == null || !o.orderedAt().toLocalDate().isBefore(from)).toList()));
        }
        return List.copyOf(facts);
    }

    private static PurchaseFacts aggregate(String id, List<Order> purchases) {
        if (purchases.isEmpty()) {
            return PurchaseFacts.none(id);
        }
        List<LocalDate> days = purchases.stream().map(o -> o.orderedAt().toLocalDate()).distinct().sorted().toList();
        LocalDate first = days.get(0);
        BigDecimal total = purchases.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal repeat = purchases.stream().filter(o -> o.orderedAt().toLocalDate().isAfter(first))
                .map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = purchases.stream().map(Order::amount).max(BigDecimal::compareTo).orElseThrow();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < days.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)));
        }
        return new PurchaseFacts(id, first, days.get(days.size() - 1), purchases.size(), days.size(), total, repeat,
                max, median(gaps), gaps.isEmpty() ? null : gaps.get(gaps.size() - 1).intValue());
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
        return Optional.ofNullable(base.get(externalId));
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        if (!ordersStreamed) {
            throw new UnsupportedOperationException("the classifier under test must not read orders");
        }
        orders.forEach(visitor);
    }

    @Override
    public void forEachInteraction(Consumer<Interaction> visitor) {
        if (!interactionsStreamed) {
            throw new UnsupportedOperationException("the classifier under test must not read interactions");
        }
        interactions.stream().sorted(Comparator.comparing(Interaction::interactionId)).forEach(visitor);
    }
}
