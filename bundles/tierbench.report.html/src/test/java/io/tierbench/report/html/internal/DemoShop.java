package io.tierbench.report.html.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled demo shop (tierbench-samples: 300 customers, their orders and interactions), written straight into a
 * repository so the report is tested on the data the README's demo shows, without depending on an importer.
 */
final class DemoShop {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Every customer's id, name, phone number and e-mail address, to check that none of them reaches a page. */
    final List<String> personalData = new ArrayList<>();

    void loadInto(CustomerRepository repository) {
        List<Customer> customers = read("customers.csv", row -> {
            personalData.addAll(List.of(row.get("external_id"), row.get("name"), row.get("phone"), row.get("email")));
            return new Customer(row.get("external_id"), row.get("name"),
                    CustomerType.valueOf(row.get("type").toUpperCase(Locale.ROOT)), row.get("phone"),
                    row.get("email"), null, null, null, null, null, null, null, row.get("city"), null, null, null,
                    null, null, Map.of());
        });
        List<Order> orders = read("orders.csv", row -> new Order(row.get("order_id"), row.get("customer_id"),
                LocalDateTime.parse(row.get("ordered_at"), TIME), new BigDecimal(row.get("amount")),
                row.get("currency"), Integer.parseInt(row.get("quantity")), row.get("sku"), row.get("category"),
                OrderStatus.valueOf(row.get("status").toUpperCase(Locale.ROOT))));
        List<Interaction> interactions = read("interactions.csv", row -> new Interaction(row.get("interaction_id"),
                row.get("customer_id"), LocalDateTime.parse(row.get("occurred_at"), TIME),
                InteractionChannel.valueOf(row.get("channel").toUpperCase(Locale.ROOT)),
                InteractionKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)), row.get("text"),
                integer(row.get("csat")), integer(row.get("nps"))));
        try (RepositoryTransaction transaction = repository.begin()) {
            transaction.upsertCustomers(customers);
            transaction.upsertOrders(orders);
            transaction.upsertInteractions(interactions);
            transaction.commit();
        }
    }

    private static Integer integer(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
    }

    private static <T> List<T> read(String name, Function<CSVRecord, T> mapper) {
        InputStream in = DemoShop.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IllegalStateException("samples/" + name + " is not on the test class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<T> rows = new ArrayList<>();
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .forEach(row -> rows.add(mapper.apply(row)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read samples/" + name, e);
        }
    }
}
