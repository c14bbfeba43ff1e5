package io.tierbench.api.repository;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.PurchaseFacts;
import java.util.List;
import java.util.Objects;

/**
 * A page of customers that match a {@link CustomerQuery}, with how many match in all.
 *
 * @param entries the customers of the page, in the query's order; empty past the last page
 * @param total how many customers match the query, on every page
 * @param page the page, from 1
 * @param size the page size asked for
 * @since 1.3
 */
public record CustomerPage(List<Entry> entries, long total, int page, int size) {

    public CustomerPage {
        entries = List.copyOf(entries);
    }

    /**
     * @param customer the customer
     * @param facts its purchase facts over all history ({@link PurchaseFacts#none(String)} when it has none)
     */
    public record Entry(Customer customer, PurchaseFacts facts) {

        public Entry {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(facts, "facts");
        }
    }
}
