package io.tierbench.report.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Walks items sorted by customer id alongside the customers, handing out each customer's items in turn. Items of a
 * customer that is never asked for are skipped. Ids are compared as {@link String#compareTo}, the order of the
 * repository's keys; an item out of that order fails the report instead of silently going missing.
 */
final class CustomerCursor<T> {

    private final String name;
    private final Iterator<T> items;
    private final Function<T, String> customerId;
    private T head;
    private String headId;
    private String previousId;

    CustomerCursor(String name, Iterator<T> items, Function<T, String> customerId) {
        this.name = name;
        this.items = items;
        this.customerId = customerId;
        advance();
    }

    /** @return the items of the customer, in their order; empty when it has none */
    List<T> itemsOf(String id) {
        while (head != null && headId.compareTo(id) < 0) {
            advance();
        }
        List<T> found = new ArrayList<>(4);
        while (head != null && headId.equals(id)) {
            found.add(head);
            advance();
        }
        return found;
    }

    private void advance() {
        if (!items.hasNext()) {
            head = null;
            headId = null;
            return;
        }
        head = items.next();
        headId = customerId.apply(head);
        if (previousId != null && headId.compareTo(previousId) < 0) {
            throw new IllegalStateException(name + " are not in customer-id order: " + headId + " came after "
                    + previousId);
        }
        previousId = headId;
    }
}
