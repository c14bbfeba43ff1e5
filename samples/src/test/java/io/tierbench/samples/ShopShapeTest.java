package io.tierbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo shop looks like a real shop: the properties the demo and the classifiers rely on. */
class ShopShapeTest {

    private static final ShopParameters DEMO = ShopParameters.DEMO;
    private static final LocalDate END = DEMO.endDate();

    private static GeneratedShop shop;
    private static Map<String, List<String[]>> completedOrdersByCustomer;

    @BeforeAll
    static void generate() throws IOException {
        shop = GeneratedShop.generate(DEMO, Path.of("target", "shape-demo"));
        completedOrdersByCustomer = new HashMap<>();
        for (String[] order : shop.orders()) {
            if (order[8].equals("completed")) {
                completedOrdersByCustomer.computeIfAbsent(order[1], id -> new ArrayList<>()).add(order);
            }
        }
    }

    @Test
    void writesTheImportersCanonicalHeaders() {
        assertEquals(List.of(
                "external_id,name,type,phone,email,wechat_id,gender,birth_year,occupation,income_band,country,"
                        + "province,city,industry,company_size,acquisition_channel,owner,created_date",
                "order_id,customer_id,ordered_at,amount,currency,quantity,sku,category,status",
                "interaction_id,customer_id,occurred_at,channel,kind,text,csat,nps"), shop.headers());
    }

    @Test
    void hasTheCustomersAndAboutTheOrdersAskedFor() {
        assertEquals(DEMO.customers(), shop.customers().size());
        assertTrue(Math.abs(shop.orders().size() - DEMO.orders()) < DEMO.orders() / 5, shop.toString());
        assertTrue(shop.customers().stream().allMatch(row -> row.length == 18));
        assertTrue(shop.orders().stream().allMatch(row -> row.length == 9));
        assertTrue(shop.interactions().stream().allMatch(row -> row.length == 8));
    }

    @Test
    void everyOrderIsUniqueBelongsToACustomerAndFallsBeforeTheEndDate() {
        Set<String> customerIds = new HashSet<>(shop.customers().stream().map(row -> row[0]).toList());
        Set<String> orderIds = new HashSet<>();
        for (String[] order : shop.orders()) {
            assertTrue(orderIds.add(order[0]), order[0]);
            assertTrue(customerIds.contains(order[1]), order[1]);
            assertFalse(GeneratedShop.day(order[2]).isAfter(END), order[2]);
            assertTrue(new BigDecimal(order[3]).signum() > 0, order[3]);
        }
    }

    @Test
    void someCustomersNeverBought() {
        long withoutOrders = shop.customers().stream()
                .filter(row -> !completedOrdersByCustomer.containsKey(row[0])).count();
        assertTrue(withoutOrders >= 5, "customers without orders: " + withoutOrders);
    }

    @Test
    void aboutTwoPercentOfOrdersAreRefundedOrCancelled() {
        long refunded = shop.orders().stream().filter(row -> row[8].equals("refunded")).count();
        long cancelled = shop.orders().stream().filter(row -> row[8].equals("cancelled")).count();
        double share = (refunded + cancelled) / (double) shop.orders().size();
        assertTrue(refunded > 0 && cancelled > 0, refunded + " refunded, " + cancelled + " cancelled");
        assertTrue(share > 0.005 && share < 0.04, "share " + share);
    }

    @Test
    void manyBuyOnceSomeLapsedAndSomeAreNew() {
        long oneTime = completedOrdersByCustomer.values().stream().filter(orders -> orders.size() == 1).count();
        long lapsed = completedOrdersByCustomer.values().stream()
                .filter(orders -> ChronoUnit.DAYS.between(lastDay(orders), END) > 365).count();
        long recentNew = shop.customers().stream()
                .filter(row -> ChronoUnit.DAYS.between(LocalDate.parse(row[17]), END) < 90)
                .filter(row -> completedOrdersByCustomer.containsKey(row[0])).count();
        int buyers = completedOrdersByCustomer.size();
        assertTrue(oneTime > buyers * 0.3, oneTime + " one-time buyers of " + buyers);
        assertTrue(lapsed > buyers * 0.1, lapsed + " lapsed of " + buyers);
        assertTrue(recentNew >= 10, recentNew + " new buyers");
    }

    @Test
    void theTopFifthOfCustomersHoldsMostOfTheRevenue() {
        List<BigDecimal> revenues = new ArrayList<>();
        for (String[] customer : shop.customers()) {
            revenues.add(completedOrdersByCustomer.getOrDefault(customer[0], List.of()).stream()
                    .map(order -> new BigDecimal(order[3])).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        revenues.sort(Comparator.reverseOrder());
        BigDecimal total = revenues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top = revenues.subList(0, revenues.size() / 5).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(top.doubleValue() > 0.6 * total.doubleValue(), top + " of " + total);
    }

    @Test
    void interactionsCarryScoresAndComplaints() {
        List<String[]> rows = shop.interactions();
        assertTrue(rows.stream().anyMatch(row -> row[4].equals("complaint")));
        assertTrue(rows.stream().filter(row -> !row[6].isEmpty()).count() >= 20);
        assertTrue(rows.stream().filter(row -> !row[7].isEmpty()).count() >= 10);
        assertTrue(rows.stream().filter(row -> !row[6].isEmpty())
                .allMatch(row -> Integer.parseInt(row[6]) >= 1 && Integer.parseInt(row[6]) <= 5));
        assertTrue(rows.stream().filter(row -> !row[7].isEmpty())
                .allMatch(row -> Integer.parseInt(row[7]) >= 0 && Integer.parseInt(row[7]) <= 10));
        assertTrue(rows.stream().allMatch(row -> !GeneratedShop.day(row[2]).isAfter(END)));
    }

    @Test
    void customersHaveChineseNamesAndPlaces() {
        assertTrue(shop.customers().stream().allMatch(row -> row[1].codePoints().anyMatch(c -> c > 0x4E00)));
        assertTrue(shop.customers().stream().allMatch(row -> row[10].equals("中国") && !row[11].isEmpty()));
        assertTrue(shop.customers().stream().anyMatch(row -> row[2].equals("company") && !row[14].isEmpty()));
    }

    private static LocalDate lastDay(List<String[]> orders) {
        return orders.stream().map(order -> GeneratedShop.day(order[2])).max(Comparator.naturalOrder()).orElseThrow();
    }
}
