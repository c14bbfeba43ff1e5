package io.tierbench.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CustomerCursorTest {

    @Test
    void handsOutEachCustomersItemsAndSkipsThoseOfCustomersNeverAskedFor() {
        CustomerCursor<String> cursor = new CustomerCursor<>("tags",
                List.of("A:1", "A:2", "B:1", "D:1", "D:2", "E:1").iterator(), byCustomer());

        assertEquals(List.of("A:1", "A:2"), cursor.itemsOf("A"));
        assertEquals(List.of(), cursor.itemsOf("C"));
        assertEquals(List.of("D:1", "D:2"), cursor.itemsOf("D"));
        assertEquals(List.of(), cursor.itemsOf("F"));
    }

    @Test
    void itemsOutOfCustomerOrderFailTheReport() {
        CustomerCursor<String> cursor = new CustomerCursor<>("tags", List.of("A:1", "C:1", "B:1").iterator(),
                byCustomer());

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> cursor.itemsOf("C"));
        assertEquals("tags are not in customer-id order: B came after C", failure.getMessage());
    }

    private static Function<String, String> byCustomer() {
        return item -> item.substring(0, item.indexOf(':'));
    }
}
