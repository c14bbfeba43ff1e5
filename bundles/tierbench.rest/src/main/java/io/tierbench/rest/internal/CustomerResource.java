package io.tierbench.rest.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.repository.CustomerPage;
import io.tierbench.api.repository.CustomerQuery;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.CustomerSort;
import io.tierbench.api.repository.LabelCriterion;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.repository.StoredClassification;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.report.support.PersonalDataMask;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /customers} (the customer table) and {@code GET /customers/{id}} (one customer and why). */
final class CustomerResource {

    /** The largest page the table may ask for. */
    static final int MAX_PAGE_SIZE = 200;

    private final CustomerRepository customers;
    private final RunRepository runs;
    private final Contributions contributions;

    CustomerResource(CustomerRepository customers, RunRepository runs, Contributions contributions) {
        this.customers = customers;
        this.runs = runs;
        this.contributions = contributions;
    }

    void list(ApiExchange exchange) throws IOException {
        PersonalDataMask mask = maskFor(exchange);
        RunInfo run = runFor(exchange);
        List<LabelCriterion> labels = new ArrayList<>();
        for (String label : exchange.queryAll("label")) {
            labels.add(parseLabel(label));
        }
        String tier = exchange.query("tier");
        if (tier != null) {
            labels.add(new LabelCriterion(TierPolicy.CLASSIFIER_ID, TierPolicy.SCHEME, tier));
        }
        CustomerSort sort = parseSort(exchange.query("sort"));
        boolean descending = parseOrder(exchange.query("order"));
        int page = exchange.intQuery("page", 1, 1, Integer.MAX_VALUE);
        int size = exchange.intQuery("size", 50, 1, MAX_PAGE_SIZE);
        List<Map<String, Object>> items = new ArrayList<>();
        long total = 0;
        Map<String, String> columnFailures = Map.of();
        if (labels.isEmpty() || run != null) {
            CustomerPage found = customers.customers(new CustomerQuery(run == null ? null : run.runId(), labels,
                    exchange.query("tag"), exchange.query("q"), mask == PersonalDataMask.CLEAR, sort, descending,
                    page, size));
            try (ColumnValues columns = new ColumnValues(contributions, mask)) {
                found.entries().forEach(entry -> {
                    Map<String, Object> item = CustomerJson.summary(entry.customer(), entry.facts(), mask);
                    item.put("columns", columns.of(entry.customer(), entry.facts()));
                    items.add(item);
                });
                columnFailures = columns.failures();
            }
            total = found.total();
        }
        Map<String, Object> answer = Json.object("items", items, "total", total, "page", page, "size", size,
                "run", run == null ? null : RunJson.reference(run), "masked", mask == PersonalDataMask.MASKED);
        if (!columnFailures.isEmpty()) {
            answer.put("columnErrors", columnFailures);
        }
        exchange.respond(200, answer);
    }

    void get(ApiExchange exchange) throws IOException {
        String id = exchange.path("id");
        Customer customer = customers.findCustomer(id)
                .orElseThrow(() -> Problem.notFound("no customer with id '" + id + "'"));
        PersonalDataMask mask = maskFor(exchange);
        RunInfo run = runFor(exchange);
        List<Map<String, Object>> orders = new ArrayList<>();
        PurchaseSummary purchases = new PurchaseSummary();
        customers.forEachOrderOf(id, order -> {
            orders.add(orderJson(order));
            purchases.add(order);
        });
        List<Map<String, Object>> interactions = new ArrayList<>();
        customers.forEachInteractionOf(id, interaction -> interactions.add(interactionJson(interaction)));
        List<Map<String, Object>> labels = new ArrayList<>();
        if (run != null) {
            for (StoredClassification stored : runs.classificationsOf(run.runId(), id)) {
                labels.add(Json.object("classifier", stored.classifierId(),
                        "scheme", stored.classification().scheme(),
                        "label", Json.label(stored.classification().label()),
                        "scores", stored.classification().scores(),
                        "explanation", stored.classification().explanation()));
            }
        }
        List<Map<String, Object>> tags = customers.tagsOf(id).stream().map(CustomerResource::tagJson).toList();
        List<Map<String, Object>> tierHistory = runs.labelHistory(id, TierPolicy.CLASSIFIER_ID, TierPolicy.SCHEME)
                .stream().map(entry -> Json.object("run", entry.runId(), "asOf", entry.asOf(),
                        "tier", Json.label(entry.label()))).toList();
        exchange.respond(200, Json.object("customer", CustomerJson.attributes(customer, mask),
                "purchases", purchases.json(), "orders", orders, "interactions", interactions,
                "run", run == null ? null : RunJson.reference(run), "labels", labels, "tags", tags,
                "tierHistory", tierHistory, "masked", mask == PersonalDataMask.MASKED));
    }

    private RunInfo runFor(ApiExchange exchange) {
        Long runId = exchange.longQuery("run");
        if (runId == null) {
            return runs.latestRun().orElse(null);
        }
        return runs.run(runId).orElseThrow(() -> Problem.badRequest("run", "no run with id " + runId));
    }

    static PersonalDataMask maskFor(ApiExchange exchange) {
        return exchange.user().seesMaskedData() ? PersonalDataMask.MASKED : PersonalDataMask.CLEAR;
    }

    static LabelCriterion parseLabel(String value) {
        String[] parts = value.split("/", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            throw Problem.badRequest("label", "expected classifier/scheme/label, e.g. rfm/segment/champions, got '"
                    + value + "'");
        }
        return new LabelCriterion(parts[0], parts[1], parts[2]);
    }

    static CustomerSort parseSort(String value) {
        if (value == null) {
            return CustomerSort.ID;
        }
        try {
            return CustomerSort.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("sort", "expected id, name, total_spend or last_purchase, got '" + value + "'");
        }
    }

    static boolean parseOrder(String value) {
        if (value == null || value.equalsIgnoreCase("asc")) {
            return false;
        }
        if (value.equalsIgnoreCase("desc")) {
            return true;
        }
        throw Problem.badRequest("order", "expected asc or desc, got '" + value + "'");
    }

    private static Map<String, Object> orderJson(Order order) {
        return Json.object("id", order.orderId(), "orderedAt", order.orderedAt(), "amount", order.amount(),
                "currency", order.currency(), "quantity", order.quantity(), "sku", order.sku(),
                "category", order.category(), "status", order.status().name().toLowerCase(Locale.ROOT));
    }

    private static Map<String, Object> interactionJson(Interaction interaction) {
        return Json.object("id", interaction.interactionId(), "occurredAt", interaction.occurredAt(),
                "channel", interaction.channel().name().toLowerCase(Locale.ROOT),
                "kind", interaction.kind().name().toLowerCase(Locale.ROOT), "text", interaction.text(),
                "csat", interaction.csat(), "nps", interaction.nps());
    }

    private static Map<String, Object> tagJson(CustomerTag tag) {
        return Json.object("group", tag.group(), "name", tag.name(), "source", tag.source());
    }

    /** Totals of the orders that count as purchases, as the repository's purchase facts count them. */
    private static final class PurchaseSummary {
        private int count;
        private BigDecimal spend = BigDecimal.ZERO;
        private LocalDate first;
        private LocalDate last;

        void add(Order order) {
            if (!order.status().isPurchase()) {
                return;
            }
            count++;
            spend = spend.add(order.amount());
            LocalDate day = order.orderedAt().toLocalDate();
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }

        Map<String, Object> json() {
            return Json.object("count", count, "totalSpend", spend, "firstPurchase", first, "lastPurchase", last);
        }
    }
}
