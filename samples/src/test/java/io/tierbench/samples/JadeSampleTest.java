package io.tierbench.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled jade sample is the generator's output, byte for byte, and has the shape the jade policy needs. */
class JadeSampleTest {

    private static final String REGENERATE = "the bundled jade sample is not what the generator makes; regenerate "
            + "it: java -cp samples/target/classes io.tierbench.samples.JadeShopGenerator "
            + "samples/src/main/resources/samples/jade";

    @ParameterizedTest
    @ValueSource(strings = {"customers.csv", "orders.csv", "interactions.csv"})
    void bundledFileIsTheGeneratorsOutput(String fileName) throws IOException {
        Path regenerated = Path.of("target", "regenerated-jade");
        JadeShopGenerator.generate(regenerated);

        assertArrayEquals(bundled(fileName), Files.readAllBytes(regenerated.resolve(fileName)), REGENERATE);
    }

    @Test
    void customersHaveAPreferenceACityAndTheMembershipTheirCompletedSpendEarns() throws IOException {
        List<String[]> customers = rows("customers.csv");
        List<String[]> orders = rows("orders.csv");
        Map<String, Long> spend = new HashMap<>();
        for (String[] order : orders) {
            long yuan = Math.round(Double.parseDouble(order[3]));
            assertTrue(yuan >= JadeShopGenerator.MIN_PRICE_YUAN && yuan <= JadeShopGenerator.MAX_PRICE_YUAN,
                    "price " + yuan);
            assertTrue(Arrays.asList(JadeShopGenerator.CATEGORIES).contains(order[7]), order[7]);
            if (order[8].equals("completed")) {
                spend.merge(order[1], yuan, Long::sum);
            }
        }

        assertEquals(JadeShopGenerator.CUSTOMERS, customers.size());
        int local = 0;
        for (String[] customer : customers) {
            assertTrue(Set.of("收藏", "佩戴", "投资").contains(customer[12]), customer[12]);
            long customerSpend = spend.getOrDefault(customer[0], 0L);
            String expectedLevel = customerSpend >= 200_000 ? "钻石会员" : customerSpend >= 50_000 ? "金卡会员"
                    : customerSpend >= 10_000 ? "银卡会员" : "普通会员";
            assertEquals(expectedLevel, customer[13], customer[0] + " spent " + customerSpend);
            assertTrue(Long.parseLong(customer[14]) <= customerSpend / 10, customer[0] + " points");
            if (customer[8].equals(JadeShopGenerator.SHOP_CITY)) {
                local++;
            }
        }
        // Both sides of local / remote are well represented.
        assertTrue(local > 80 && local < 140, "local customers: " + local);
    }

    @Test
    void pricesHaveAJewelleryHeavyTail() throws IOException {
        long[] prices = rows("orders.csv").stream().mapToLong(order -> Math.round(Double.parseDouble(order[3])))
                .sorted().toArray();
        long median = prices[prices.length / 2];

        assertTrue(prices[0] < 2_000, "cheapest " + prices[0]);
        assertTrue(median > 5_000 && median < 50_000, "median " + median);
        assertTrue(prices[prices.length - 1] > 200_000, "dearest " + prices[prices.length - 1]);
    }

    private static List<String[]> rows(String fileName) throws IOException {
        // The generator quotes nothing in this sample: no field holds a comma, quote or line break.
        String text = new String(bundled(fileName), StandardCharsets.UTF_8);
        return text.lines().skip(1).map(line -> line.split(",", -1)).toList();
    }

    private static byte[] bundled(String fileName) throws IOException {
        try (InputStream in = JadeSampleTest.class.getResourceAsStream("/samples/jade/" + fileName)) {
            assertNotNull(in, "samples/jade/" + fileName + " is not on the class path");
            return in.readAllBytes();
        }
    }
}
