package io.tierbench.shell.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Order;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.repository.StoredClassification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "tierbench", name = "customer",
        description = "Shows one customer with every label and the explanation behind it (客户详情与分级依据).")
public class CustomerCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The customer's external id.")
    String customerId;

    @Option(name = "--run", description = "The run id. Default: the latest run.")
    Long runId;

    @Reference
    CustomerRepository customers;

    @Reference
    RunRepository runs;

    @Override
    public Object execute() {
        Customer customer = customers.findCustomer(customerId)
                .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId));
        System.out.printf("%s  %s%n", customer.externalId(), nullToEmpty(customer.name()));
        System.out.println("  " + attributes(customer));
        System.out.println("  " + orderSummary());
        RunInfo run = RunSelection.select(runs, runId);
        System.out.printf("Labels in run %d as of %s:%n", run.runId(), run.asOf());
        for (StoredClassification stored : runs.classificationsOf(run.runId(), customerId)) {
            Classification c = stored.classification();
            System.out.printf("  %s / %s: %s (%s)%n", stored.classifierId(), c.scheme(), c.label().en(),
                    c.label().zh());
            System.out.println("    scores: " + c.scores());
            System.out.println("    why: " + c.explanation());
        }
        return null;
    }

    private String orderSummary() {
        List<Order> purchases = new ArrayList<>();
        int[] all = {0};
        customers.forEachOrderOf(customerId, order -> {
            all[0]++;
            if (order.status().isPurchase()) {
                purchases.add(order);
            }
        });
        BigDecimal spend = purchases.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String last = purchases.isEmpty() ? "never" : purchases.get(purchases.size() - 1).orderedAt().toLocalDate()
                .toString();
        return String.format("orders: %d (%d purchases), spend: %s, last purchase: %s", all[0], purchases.size(),
                spend.toPlainString(), last);
    }

    private static String attributes(Customer c) {
        StringJoiner joiner = new StringJoiner(", ");
        add(joiner, "type", c.type());
        add(joiner, "phone", c.phone());
        add(joiner, "city", c.city());
        add(joiner, "province", c.province());
        add(joiner, "industry", c.industry());
        add(joiner, "company size", c.companySize());
        add(joiner, "channel", c.acquisitionChannel());
        add(joiner, "owner", c.owner());
        add(joiner, "since", c.createdDate());
        c.attributes().forEach((k, v) -> add(joiner, k, v));
        return joiner.toString();
    }

    private static void add(StringJoiner joiner, String name, Object value) {
        if (value != null) {
            joiner.add(name + ": " + value);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
