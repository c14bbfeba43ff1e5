package io.tierbench.report.html.internal;

import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.CustomerRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Pareto section: the share of revenue against the share of customers, customers ranked by revenue in the ABC
 * classifier's window, highest first, with the ends of class A and class B marked where the ABC classifier put
 * them. The ABC classifier ranks in the same order (revenue descending), so its A customers are the first ones on
 * the curve, and the curve's height where A ends is their share of revenue.
 */
final class ParetoCurve {

    static final String CLASSIFIER = "abc";
    static final String SCHEME = "class";

    /** The curve is drawn through at most this many points plus the class ends, however large the base. */
    private static final int POINTS = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ParetoCurve() {
    }

    /**
     * @param abc the ABC classifier as it ran: its {@code window.days}, method and thresholds
     * @param asOf the run's as-of date
     */
    static Section of(CustomerRepository customers, ClassifierInfo abc, LocalDate asOf, Distribution distribution,
            PageText text) {
        int windowDays = integer(abc.configuration().get("window.days"));
        LocalDate from = windowDays <= 0 ? null : asOf.minusDays(windowDays - 1L);
        List<BigDecimal> revenues = new ArrayList<>();
        customers.forEachPurchaseFacts(from, asOf, facts -> revenues.add(revenue(facts)));
        revenues.sort(Comparator.reverseOrder());
        BigDecimal total = revenues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return Section.omitted(Section.PARETO, text.get("note.noRevenue"));
        }
        long classA = distribution.count(CLASSIFIER, SCHEME, "a");
        long classB = distribution.count(CLASSIFIER, SCHEME, "b");
        TreeSet<Integer> marks = new TreeSet<>(List.of(0, (int) classA, (int) (classA + classB)));
        for (int i = 1; i <= POINTS; i++) {
            marks.add((int) Math.round((double) i * revenues.size() / POINTS));
        }
        Map<Integer, BigDecimal[]> shares = shares(revenues, total, marks);
        List<List<BigDecimal>> points = new ArrayList<>();
        shares.values().forEach(point -> points.add(List.of(point[0], point[1])));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customers", revenues.size());
        data.put("revenue", total);
        data.put("points", points);
        data.put("cutoffs", List.of(cutoff("a", classA, shares.get((int) classA), distribution, text),
                cutoff("b", classB, shares.get((int) (classA + classB)), distribution, text)));
        data.put("note", text.format("note.pareto", window(windowDays, text), rule(abc, text)));
        return Section.shown(Section.PARETO, data);
    }

    /** @return for each mark k, the shares (percent, two decimals) of customers and revenue of the first k */
    private static Map<Integer, BigDecimal[]> shares(List<BigDecimal> revenues, BigDecimal total,
            TreeSet<Integer> marks) {
        Map<Integer, BigDecimal[]> shares = new LinkedHashMap<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        int k = 0;
        for (int mark : marks) {
            while (k < mark && k < revenues.size()) {
                cumulative = cumulative.add(revenues.get(k++));
            }
            shares.put(mark, new BigDecimal[] {percent(BigDecimal.valueOf(k), BigDecimal.valueOf(revenues.size())),
                percent(cumulative, total)});
        }
        return shares;
    }

    private static Map<String, Object> cutoff(String key, long customers, BigDecimal[] end, Distribution distribution,
            PageText text) {
        Map<String, Object> cutoff = new LinkedHashMap<>();
        cutoff.put("key", key);
        cutoff.put("label", distribution.of(CLASSIFIER, SCHEME).stream().filter(c -> c.label().key().equals(key))
                .findFirst().map(c -> c.label().in(text.language())).orElse(key.toUpperCase(java.util.Locale.ROOT)));
        cutoff.put("customers", customers);
        cutoff.put("customerShare", end[0]);
        cutoff.put("revenueShare", end[1]);
        cutoff.put("note", text.format("label.cutoff", cutoff.get("label"), end[0], end[1]));
        return cutoff;
    }

    /** @return the revenue that counts for ABC: positive spend only */
    private static BigDecimal revenue(PurchaseFacts facts) {
        return facts.totalSpend().signum() > 0 ? facts.totalSpend() : BigDecimal.ZERO;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static String window(int windowDays, PageText text) {
        return windowDays <= 0 ? text.get("note.paretoWindowAll") : text.format("note.paretoWindowDays", windowDays);
    }

    private static String rule(ClassifierInfo abc, PageText text) {
        Map<String, String> configuration = abc.configuration();
        if ("count".equals(configuration.get("method"))) {
            return text.format("note.paretoCount", configuration.getOrDefault("count.a.share", "?"),
                    configuration.getOrDefault("count.b.share", "?"));
        }
        return text.format("note.paretoRevenue", configuration.getOrDefault("revenue.a.threshold", "?"),
                configuration.getOrDefault("revenue.b.threshold", "?"));
    }

    private static int integer(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            // An ABC plugin of another make may not describe a window; all history is then the honest default.
            return 0;
        }
    }
}
