package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Builders for test records. */
final class TestData {

    private TestData() {
    }

    static Customer fullCustomer(String id) {
        return new Customer(id, "王小明", CustomerType.PERSON, "+86 138 0000 0000", "wang@example.com", "wx_wang",
                "男", 1985, "engineer", "high", "CN", "广东", "深圳", "electronics", 12, "wechat", "rep-7",
                LocalDate.of(2023, 5, 17), Map.of("preference", "收藏", "odd=key", "line\nbreak\\slash"));
    }

    static Order order(String id, String customerId, String at, String amount, OrderStatus status) {
        return new Order(id, customerId, LocalDateTime.parse(at), new BigDecimal(amount), null, 1, "SKU-" + id,
                "jade", status);
    }

    static Order completed(String id, String customerId, String at, String amount) {
        return order(id, customerId, at, amount, OrderStatus.COMPLETED);
    }

    /** Stores customers and orders in one committed transaction. */
    static void store(CustomerRepository repository, List<Customer> customers, List<Order> orders) {
        try (RepositoryTransaction transaction = repository.begin()) {
            transaction.upsertCustomers(customers);
            transaction.upsertOrders(orders);
            transaction.commit();
        }
    }
}
