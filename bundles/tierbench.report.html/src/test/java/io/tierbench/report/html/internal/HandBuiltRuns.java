package io.tierbench.report.html.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.RunRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Six customers and two runs whose every label is written by hand, so each figure of the dashboard is known in
 * advance (the tests spell them out):
 *
 * <pre>
 * customer  revenue  RFM run 1 (R,FM)      RFM run 2 (R,FM)    ABC 1 / 2  lifecycle 1 / 2   satisfaction 2
 * 1         600      loyal (4,4)           champions (5,4)     a / a      new / active      high, promoter
 * 2         250      champions (5,4)       champions (5,4)     a / a      active / active   high, promoter
 * 3         100      potential (3,3)       potential (3,3)     a / b      active / at-risk  medium, passive
 * 4          50      need-attention (2,2)  hibernating (1,2)   c / c      at-risk / churned low, detractor
 * 5           0      no purchases          no purchases        c / c      potential x2      unknown, no answer
 * 6           0      (not in run 1)        no purchases        - / c      - / potential     unknown, promoter
 * </pre>
 *
 * Run 1 (as of 2026-01-31): the satisfaction classifier failed and CLV did not run. Run 2 (as of 2026-03-31): all
 * five completed, and a sixth, third-party classifier "vip" labelled everybody with a label that tries to break
 * out of the page's data element.
 */
final class HandBuiltRuns {

    static final LocalDate FIRST_AS_OF = LocalDate.of(2026, 1, 31);
    static final LocalDate SECOND_AS_OF = LocalDate.of(2026, 3, 31);
    static final String HOSTILE_LABEL = "</script><script>window.tierbenchPwned=true</script><!--";

    /** Customer ids, names and phones: none of them may reach the page. */
    static final List<String> PERSONAL_DATA = List.of("CUST-PRIVATE-0001", "CUST-PRIVATE-0006", "张伟测试",
            "13812345678");

    long firstRun;
    long secondRun;

    void loadInto(CustomerRepository customers, RunRepository runs) {
        try (RepositoryTransaction transaction = customers.begin()) {
            List<Customer> list = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                list.add(new Customer(id(i), i == 1 ? "张伟测试" : "客户" + i, CustomerType.PERSON,
                        i == 1 ? "13812345678" : null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, Map.of()));
            }
            transaction.upsertCustomers(list);
            transaction.upsertOrders(List.of(order(1, "600.00"), order(2, "250.00"), order(3, "100.00"),
                    order(4, "50.00")));
            transaction.commit();
        }
        firstRun = runs.startRun(FIRST_AS_OF);
        runs.saveResults(firstRun, info("rfm"), "", rfm(new String[] {"loyal-customers", "champions",
            "potential-loyalist", "need-attention", "no-purchases"}, new int[][] {{4, 4}, {5, 4}, {3, 3}, {2, 2}}));
        runs.saveResults(firstRun, info("abc"), "", simple("class", "a", "a", "a", "c", "c"));
        runs.saveResults(firstRun, info("lifecycle"), "",
                simple("stage", "new", "active", "active", "at-risk", "potential"));
        runs.saveFailure(firstRun, info("satisfaction"), "no interactions table");
        runs.finishRun(firstRun);

        secondRun = runs.startRun(SECOND_AS_OF);
        runs.saveResults(secondRun, info("rfm"), "", rfm(new String[] {"champions", "champions",
            "potential-loyalist", "hibernating", "no-purchases", "no-purchases"},
                new int[][] {{5, 4}, {5, 4}, {3, 3}, {1, 2}}));
        runs.saveResults(secondRun, info("abc"), "", simple("class", "a", "a", "b", "c", "c", "c"));
        runs.saveResults(secondRun, info("clv"), "", clv());
        runs.saveResults(secondRun, info("lifecycle"), "",
                simple("stage", "active", "active", "at-risk", "churned", "potential", "potential"));
        List<Classification> satisfaction = new ArrayList<>(
                simple("level", "high", "high", "medium", "low", "unknown", "unknown"));
        satisfaction.addAll(simple("nps", "promoter", "promoter", "passive", "detractor", "no-answer", "promoter"));
        runs.saveResults(secondRun, info("satisfaction"), "", satisfaction);
        List<Classification> vip = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            vip.add(new Classification(id(i), "tier", new Label("vip", HOSTILE_LABEL, HOSTILE_LABEL), Map.of(),
                    "hand-made"));
        }
        runs.saveResults(secondRun, new ClassifierInfo("vip", "VIP <b>list</b>", "0.9", Map.of()), "", vip);
        runs.finishRun(secondRun);
    }

    static String id(int customer) {
        return String.format("CUST-PRIVATE-%04d", customer);
    }

    private static Order order(int customer, String amount) {
        return new Order("O-" + customer, id(customer), LocalDateTime.of(2025, 12, customer, 12, 0),
                new BigDecimal(amount), "CNY", 1, "SKU", "jade", OrderStatus.COMPLETED);
    }

    private static ClassifierInfo info(String id) {
        Map<String, String> configuration = new LinkedHashMap<>();
        if (id.equals("abc")) {
            configuration.put("window.days", "0");
            configuration.put("method", "revenue");
            configuration.put("revenue.a.threshold", "80");
            configuration.put("revenue.b.threshold", "95");
        }
        if (id.equals("rfm")) {
            configuration.put("score.bins", "5");
        }
        return new ClassifierInfo(id, id.toUpperCase(), "1.0.0", configuration);
    }

    /** @param labels label keys of customers 1, 2, ... in order; English and Chinese names made from the key */
    private static List<Classification> simple(String scheme, String... labels) {
        List<Classification> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            out.add(new Classification(id(i + 1), scheme, label(labels[i]), Map.of(), "hand-made"));
        }
        return out;
    }

    private static List<Classification> rfm(String[] labels, int[][] scores) {
        List<Classification> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            if (i < scores.length) {
                values.put("r_score", BigDecimal.valueOf(scores[i][0]));
                values.put("fm_score", BigDecimal.valueOf(scores[i][1]));
            } else {
                values.put("frequency", BigDecimal.ZERO);
            }
            out.add(new Classification(id(i + 1), "segment", label(labels[i]), values, "hand-made"));
        }
        return out;
    }

    private static List<Classification> clv() {
        String[] predictive = {"1200", "500", "300", "80"};
        String[] historical = {"600", "250", "100", "50"};
        List<Classification> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            for (String scheme : List.of("predictive", "historical")) {
                Map<String, BigDecimal> scores = new LinkedHashMap<>();
                if (i < 4) {
                    scores.put("clv", new BigDecimal(predictive[i]));
                    scores.put("historical_clv", new BigDecimal(historical[i]));
                }
                out.add(new Classification(id(i + 1), scheme, label(i < 4 ? "top" : "no-purchases"), scores,
                        "hand-made"));
            }
        }
        return out;
    }

    /** @return e.g. key {@code at-risk}, English {@code At-risk (en)}, Chinese {@code at-risk（中）} */
    static Label label(String key) {
        return new Label(key, Character.toUpperCase(key.charAt(0)) + key.substring(1) + " (en)", key + "（中）");
    }
}
