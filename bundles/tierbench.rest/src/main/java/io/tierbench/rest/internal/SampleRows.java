package io.tierbench.rest.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.Order;
import io.tierbench.api.repository.UpsertOutcome;
import io.tierbench.report.support.PersonalDataMask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first rows an importer wrote during a preview, as the records it made of them (so with the column mapping
 * applied), each with what the import would do to it, and for each field how many of those rows filled it.
 */
final class SampleRows {

    private final int limit;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private boolean commitRequested;

    SampleRows(int limit) {
        this.limit = limit;
    }

    void customers(List<Customer> customers, List<UpsertOutcome> outcomes) {
        for (int i = 0; i < customers.size() && rows.size() < limit; i++) {
            add(CustomerJson.attributes(customers.get(i), PersonalDataMask.CLEAR), outcomes.get(i));
        }
    }

    void orders(List<Order> orders, List<UpsertOutcome> outcomes) {
        for (int i = 0; i < orders.size() && rows.size() < limit; i++) {
            Order order = orders.get(i);
            add(Json.object("orderId", order.orderId(), "customerId", order.customerId(),
                    "orderedAt", order.orderedAt(), "amount", order.amount(), "currency", order.currency(),
                    "quantity", order.quantity(), "sku", order.sku(), "category", order.category(),
                    "status", order.status().name().toLowerCase(Locale.ROOT)), outcomes.get(i));
        }
    }

    void interactions(List<Interaction> interactions, List<UpsertOutcome> outcomes) {
        for (int i = 0; i < interactions.size() && rows.size() < limit; i++) {
            Interaction interaction = interactions.get(i);
            add(Json.object("interactionId", interaction.interactionId(), "customerId", interaction.customerId(),
                    "occurredAt", interaction.occurredAt(),
                    "channel", interaction.channel().name().toLowerCase(Locale.ROOT),
                    "kind", interaction.kind().name().toLowerCase(Locale.ROOT), "text", interaction.text(),
                    "csat", interaction.csat(), "nps", interaction.nps()), outcomes.get(i));
        }
    }

    void tags(List<CustomerTag> tags, List<UpsertOutcome> outcomes) {
        for (int i = 0; i < tags.size() && rows.size() < limit; i++) {
            CustomerTag tag = tags.get(i);
            add(Json.object("customerId", tag.customerId(), "group", tag.group(), "name", tag.name(),
                    "source", tag.source()), outcomes.get(i));
        }
    }

    void commitRequested() {
        commitRequested = true;
    }

    /** @return whether the importer got as far as committing: it read the whole file */
    boolean commitWasRequested() {
        return commitRequested;
    }

    List<Map<String, Object>> rows() {
        return List.copyOf(rows);
    }

    /** @return each field of the records and how many of the sampled rows have a value in it, in field order */
    List<Map<String, Object>> fields() {
        Map<String, Integer> filled = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> record = (Map<String, Object>) row.get("record");
            record.forEach((field, value) -> filled.merge(field, isFilled(value) ? 1 : 0, Integer::sum));
        }
        List<Map<String, Object>> fields = new ArrayList<>();
        filled.forEach((field, count) -> fields.add(Json.object("field", field, "filled", count)));
        return fields;
    }

    private void add(Map<String, Object> record, UpsertOutcome outcome) {
        rows.add(Json.object("outcome", outcome.name().toLowerCase(Locale.ROOT), "record", record));
    }

    private static boolean isFilled(Object value) {
        return value != null && !(value instanceof Map<?, ?> map && map.isEmpty());
    }
}
