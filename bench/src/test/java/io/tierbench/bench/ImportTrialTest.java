package io.tierbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.bench.ImportTrial.Loader;
import io.tierbench.samples.SampleShopGenerator;
import io.tierbench.samples.ShopParameters;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every loader must store the whole orders file, or comparing their times compares different jobs. */
class ImportTrialTest {

    private static final Path WORK = Paths.get("target/import-trial-test").toAbsolutePath();
    private static final Path SHOP = WORK.resolve("shop");
    private static long generatedOrders;

    @BeforeAll
    static void generateShop() throws Exception {
        generatedOrders = SampleShopGenerator.generate(
                new ShopParameters(60, 500, 20260630L, LocalDate.of(2026, 6, 30)), SHOP).orders();
    }

    @Test
    void fileTotalsCountRowsAndSumAmounts() throws Exception {
        Path orders = WORK.resolve("three-orders.csv");
        Files.write(orders, List.of("order_id,customer_id,ordered_at,amount,currency,quantity,sku,category,status",
                "O1,A,2026-06-29 10:00:00,100.00,CNY,1,,,completed",
                "O2,A,2026-06-01 10:00:00,50.50,CNY,1,,,refunded",
                "O3,B,2026-06-20 10:00:00,0.25,CNY,2,S-1,,completed"));
        OrdersFileTotals totals = OrdersFileTotals.of(orders);
        assertEquals(new OrdersFileTotals(3, new BigDecimal("150.75")), totals);
        assertTrue(totals.matches(3, new BigDecimal("150.7500")));
        assertFalse(totals.matches(3, new BigDecimal("150.74")));
        assertFalse(totals.matches(2, new BigDecimal("150.75")));
    }

    @Test
    void everyLoaderStoresTheWholeFile() throws Exception {
        OrdersFileTotals expected = OrdersFileTotals.of(SHOP.resolve("orders.csv"));
        assertEquals(generatedOrders, expected.rows());
        for (Loader loader : Loader.values()) {
            TrialResult result = ImportTrial.run(loader, SHOP, WORK.resolve("db-" + loader.label()));
            assertEquals(loader.label(), result.loader());
            assertTrue(expected.matches(result.rows(), result.amountSum()),
                    loader + " stored " + result.rows() + " orders summing to " + result.amountSum() + ", expected "
                            + expected);
        }
    }

    @Test
    void tierbenchTimesItsRepositoryCallsForTheOrdersFileOnly() throws Exception {
        TrialResult result = ImportTrial.run(Loader.TIERBENCH, SHOP, WORK.resolve("db-calls"));
        assertTrue(result.callMillis().keySet().stream().noneMatch(call -> call.equals("upsertCustomers")),
                "the customers file's calls must not count: " + result.callMillis());
        assertTrue(result.callMillis().values().stream().mapToLong(Long::longValue).sum() <= result.ordersMillis());
    }

    @Test
    void aResultLineReadsBackAsWritten() {
        TrialResult result = new TrialResult("tierbench", 1200, 1_790_000_000_000L, 34_567, 321, 890, 1_000_123,
                new BigDecimal("123456789.0000"), 45, Map.of("upsertOrders", 20_000L, "commit", 5_000L));
        assertEquals(result, TrialResult.parse(result.format()));
        assertEquals(1_000_123L * 1000 / 34_567, result.ordersPerSecond());
    }
}
