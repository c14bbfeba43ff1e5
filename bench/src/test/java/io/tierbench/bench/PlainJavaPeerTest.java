package io.tierbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The peer must compute PRODUCT.md's scores, or its checksum proves nothing about Tierbench's. */
class PlainJavaPeerTest {

    @Test
    void sumsTheRankScoresOfRecencyFrequencyAndMonetary() throws Exception {
        Path orders = Paths.get("target/peer-test/orders.csv");
        Files.createDirectories(orders.getParent());
        Files.write(orders, List.of("order_id,customer_id,ordered_at,amount,currency,quantity,sku,category,status",
                "O1,A,2026-06-29 10:00:00,100.00,CNY,1,,,completed",
                "O2,A,2026-06-01 10:00:00,50.50,CNY,1,,,completed",
                "O3,B,2026-06-20 10:00:00,100.00,CNY,1,,,completed",
                "O4,C,2026-01-01 10:00:00,10.00,CNY,1,,,completed",
                "O5,C,2026-06-30 09:00:00,999.00,CNY,1,,,refunded",
                "O6,D,2026-07-01 09:00:00,999.00,CNY,1,,,completed"));
        // As of 2026-06-30, D's only order is in the future and C's refund does not count: N = 3.
        // R days: A 1, B 10, C 180 -> strictly more days: A 2, B 1, C 0 -> scores 1+floor(5L/3): A 4, B 2, C 1 = 7
        // F: A 2, B 1, C 1 -> strictly lower: A 2, B 0, C 0 -> scores A 4, B 1, C 1 = 6
        // M: A 150.50, B 100.00, C 10.00 -> strictly lower: A 2, B 1, C 0 -> scores A 4, B 2, C 1 = 7
        assertEquals(7 + 6 + 7, PlainJavaPeer.scoreChecksum(orders, LocalDate.of(2026, 6, 30)));
    }
}
