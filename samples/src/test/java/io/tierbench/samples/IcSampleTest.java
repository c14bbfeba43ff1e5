package io.tierbench.samples;

import static io.tierbench.samples.EditionFiles.intProperty;
import static io.tierbench.samples.EditionFiles.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled IC distribution sample is the generator's output, byte for byte, and has every population the IC
 * edition's classifiers and policy label, measured with the thresholds features/src/main/cfg/ic ships.
 */
class IcSampleTest {

    private static final String REGENERATE = "the bundled IC sample is not what the generator makes; regenerate it: "
            + "java -cp samples/target/classes io.tierbench.samples.IcDistributorGenerator "
            + "samples/src/main/resources/samples/ic";
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final List<String> INDUSTRIES = List.of("汽车电子", "工业控制", "消费电子", "通信设备", "医疗电子", "新能源");
    private static final List<String> CATEGORIES = List.of("MCU", "存储器", "电源管理", "传感器", "被动元件", "连接器",
            "分立器件");

    @ParameterizedTest
    @ValueSource(strings = {"customers.csv", "orders.csv", "interactions.csv"})
    void bundledFileIsTheGeneratorsOutput(String fileName) throws IOException {
        Path regenerated = Path.of("target", "regenerated-ic");
        IcDistributorGenerator.generate(regenerated);

        assertArrayEquals(EditionFiles.bundled("ic", fileName), Files.readAllBytes(regenerated.resolve(fileName)),
                REGENERATE);
    }

    @Test
    void customersAreCompaniesOfEveryIndustryAndSizeAndAFewEngineers() throws IOException {
        List<String[]> customers = rows("ic", "customers.csv");
        Map<String, Integer> industries = new TreeMap<>();
        int[] sizeBuckets = new int[4];
        int persons = 0;
        Set<String> names = new HashSet<>();
        for (String[] customer : customers) {
            assertEquals(15, customer.length, customer[0]);
            if (customer[2].equals("person")) {
                persons++;
                assertEquals("", customer[8], customer[0] + " industry");
                assertEquals("", customer[9], customer[0] + " company size");
                continue;
            }
            assertEquals("company", customer[2], customer[0]);
            assertTrue(names.add(customer[1]), "company names are unique: " + customer[1]);
            assertTrue(customer[1].endsWith("有限公司"), customer[1]);
            industries.merge(customer[8], 1, Integer::sum);
            int employees = Integer.parseInt(customer[9]);
            // micro < 20, small < 300, medium < 1000, large: China's statistics bureau's industrial sizes
            sizeBuckets[employees < 20 ? 0 : employees < 300 ? 1 : employees < 1000 ? 2 : 3]++;
        }

        assertEquals(200, customers.size());
        assertTrue(persons >= 3 && persons <= 20, "individual engineers: " + persons);
        assertEquals(Set.copyOf(INDUSTRIES), industries.keySet());
        industries.forEach((industry, count) -> assertTrue(count >= 10, industry + ": " + count));
        for (int bucket = 0; bucket < 4; bucket++) {
            assertTrue(sizeBuckets[bucket] >= 8, "size bucket " + bucket + ": " + sizeBuckets[bucket]);
        }
    }

    @Test
    void ordersArePartNumbersInPiecesAtB2bAmountsWithAFewRefunds() throws IOException {
        List<String[]> orders = rows("ic", "orders.csv");
        Map<String, String> categoryOfSku = new HashMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (String[] order : orders) {
            BigDecimal amount = new BigDecimal(order[3]);
            assertEquals(2, amount.scale(), order[0]);
            assertTrue(amount.compareTo(new BigDecimal("200")) >= 0
                    && amount.compareTo(new BigDecimal("900000")) <= 0, order[0] + " amount " + amount);
            assertTrue(Long.parseLong(order[5]) >= 10, order[0] + " quantity in pieces " + order[5]);
            assertTrue(CATEGORIES.contains(order[7]), order[7]);
            String previous = categoryOfSku.putIfAbsent(order[6], order[7]);
            assertTrue(previous == null || previous.equals(order[7]), order[6] + " is one category");
            byCategory.merge(order[7], 1, Integer::sum);
            byStatus.merge(order[8], 1, Integer::sum);
        }

        assertTrue(orders.size() >= 2_000 && orders.size() <= 5_000, "orders: " + orders.size());
        assertEquals(Set.copyOf(CATEGORIES), byCategory.keySet());
        assertEquals(Set.of("completed", "refunded", "cancelled"), byStatus.keySet());
        int refunds = byStatus.get("refunded") + byStatus.get("cancelled");
        assertTrue(refunds * 100 >= orders.size() && refunds * 100 <= 6 * orders.size(), "refunds: " + refunds);
        assertTrue(categoryOfSku.containsKey("STM32F103C8T6"));
    }

    @Test
    void aFewCustomersHoldMostOfTheYearsRevenue() throws IOException {
        List<BigDecimal> revenues = new ArrayList<>(yearRevenue().values());
        revenues.removeIf(revenue -> revenue.signum() == 0);
        revenues.sort((a, b) -> b.compareTo(a));
        BigDecimal total = revenues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal topFifth = revenues.subList(0, revenues.size() / 5).stream().reduce(BigDecimal.ZERO,
                BigDecimal::add);
        // ABC at 80 %: the customers ranked before the 80 % mark, and the one crossing it, are A.
        int classA = 0;
        BigDecimal before = BigDecimal.ZERO;
        while (before.multiply(BigDecimal.valueOf(100)).compareTo(total.multiply(BigDecimal.valueOf(80))) < 0) {
            before = before.add(revenues.get(classA++));
        }

        assertTrue(topFifth.multiply(BigDecimal.valueOf(100)).compareTo(total.multiply(BigDecimal.valueOf(75))) >= 0,
                "the top fifth holds " + topFifth + " of " + total);
        assertTrue(classA >= 10 && classA * 4 <= revenues.size(), "class A: " + classA + " of " + revenues.size());
    }

    @Test
    void everyPurchaseFrequencyAndPotentialLabelHasCustomers() throws IOException {
        Properties frequency = EditionFiles.shippedConfig("ic", "tierbench.classifier.frequency.cfg");
        int window = intProperty(frequency, "purchases.window.days");
        int frequentMin = intProperty(frequency, "purchases.frequent.min");
        int regularMin = intProperty(frequency, "purchases.regular.min");
        Map<String, Set<LocalDate>> purchaseDays = new HashMap<>();
        for (String[] order : rows("ic", "orders.csv")) {
            LocalDate day = LocalDate.parse(order[2].substring(0, 10));
            if (order[8].equals("completed") && ChronoUnit.DAYS.between(day, AS_OF) < window) {
                purchaseDays.computeIfAbsent(order[1], id -> new HashSet<>()).add(day);
            }
        }
        Properties potential = EditionFiles.shippedConfig("ic", "tierbench.classifier.potential.cfg");
        Map<String, BigDecimal> revenue = yearRevenue();
        Map<String, Integer> frequencyLabels = new TreeMap<>();
        Map<String, Integer> potentialLabels = new TreeMap<>();
        for (String[] customer : rows("ic", "customers.csv")) {
            int days = purchaseDays.getOrDefault(customer[0], Set.of()).size();
            frequencyLabels.merge(days >= frequentMin ? "frequent" : days >= regularMin ? "regular"
                    : days >= 2 ? "occasional" : days == 1 ? "one-time" : "none", 1, Integer::sum);
            potentialLabels.merge(potential(customer, revenue.getOrDefault(customer[0], BigDecimal.ZERO), potential),
                    1, Integer::sum);
        }

        assertEquals(Set.of("frequent", "regular", "occasional", "one-time", "none"), frequencyLabels.keySet());
        frequencyLabels.forEach((label, count) -> assertTrue(count >= 10, label + ": " + count));
        assertEquals(Set.of("high", "medium", "realised", "unknown"), potentialLabels.keySet());
        potentialLabels.forEach((label, count) -> assertTrue(count >= 3, label + ": " + count));
        // High potential is not only the customers who stopped buying: big firms buying a little are there too.
        assertTrue(potentialLabels.get("high") >= 20, "high potential: " + potentialLabels);
    }

    @Test
    void someCustomersStoppedSomeNeverBoughtAndSomeAreNew() throws IOException {
        Map<String, LocalDate> first = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        for (String[] order : rows("ic", "orders.csv")) {
            if (order[8].equals("completed")) {
                LocalDate day = LocalDate.parse(order[2].substring(0, 10));
                first.merge(order[1], day, (a, b) -> a.isBefore(b) ? a : b);
                last.merge(order[1], day, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        int churned = 0;
        int neverBought = 0;
        int fresh = 0;
        for (String[] customer : rows("ic", "customers.csv")) {
            if (!last.containsKey(customer[0])) {
                neverBought++;
            } else if (ChronoUnit.DAYS.between(last.get(customer[0]), AS_OF) > 365) {
                churned++;
            } else if (ChronoUnit.DAYS.between(first.get(customer[0]), AS_OF) <= 120) {
                fresh++;
            }
        }

        assertTrue(churned >= 10, "churned: " + churned);
        assertTrue(neverBought >= 5, "never bought: " + neverBought);
        assertTrue(fresh >= 5, "new: " + fresh);
    }

    @Test
    void interactionsHaveEveryKindAndSomeCsatAndNpsAnswers() throws IOException {
        Set<String> customers = new HashSet<>();
        rows("ic", "customers.csv").forEach(customer -> customers.add(customer[0]));
        Map<String, Integer> kinds = new TreeMap<>();
        int csat = 0;
        int nps = 0;
        for (String[] interaction : rows("ic", "interactions.csv")) {
            assertEquals(8, interaction.length, interaction[0]);
            assertTrue(customers.contains(interaction[1]), interaction[1]);
            kinds.merge(interaction[4], 1, Integer::sum);
            if (!interaction[6].isEmpty()) {
                int answer = Integer.parseInt(interaction[6]);
                assertTrue(answer >= 1 && answer <= 5, interaction[0]);
                assertFalse(interaction[4].equals("complaint") && answer > 2, interaction[0] + " complaint CSAT");
                csat++;
            }
            if (!interaction[7].isEmpty()) {
                int answer = Integer.parseInt(interaction[7]);
                assertTrue(answer >= 0 && answer <= 10, interaction[0]);
                nps++;
            }
        }

        assertEquals(Set.of("communication", "service", "feedback", "complaint", "referral"), kinds.keySet());
        assertTrue(csat >= 50, "CSAT answers: " + csat);
        assertTrue(nps >= 10, "NPS answers: " + nps);
    }

    /** The label the potential classifier gives with the shipped table: realised share of the expected revenue. */
    private static String potential(String[] customer, BigDecimal revenue, Properties configuration) {
        if (customer[8].isEmpty() || customer[9].isEmpty()) {
            // The edition's table covers every industry of the sample; without industry and size, no benchmark.
            return "unknown";
        }
        int employees = Integer.parseInt(customer[9]);
        String bucket = employees >= intProperty(configuration, "size.large.min") ? "large"
                : employees >= intProperty(configuration, "size.medium.min") ? "medium" : "small";
        String expected = configuration.getProperty("expected." + customer[8] + "." + bucket);
        assertNotNull(expected, "no expected." + customer[8] + "." + bucket);
        BigDecimal percent = revenue.multiply(BigDecimal.valueOf(100));
        BigDecimal amount = new BigDecimal(expected.trim());
        if (percent.compareTo(amount.multiply(new BigDecimal(configuration.getProperty("high.below").trim()))) < 0) {
            return "high";
        }
        return percent.compareTo(amount.multiply(new BigDecimal(configuration.getProperty("medium.below").trim()))) < 0
                ? "medium" : "realised";
    }

    /** @return each customer's completed revenue of the 365 days up to and including the as-of date */
    private static Map<String, BigDecimal> yearRevenue() throws IOException {
        Map<String, BigDecimal> revenue = new HashMap<>();
        for (String[] order : rows("ic", "orders.csv")) {
            LocalDate day = LocalDate.parse(order[2].substring(0, 10));
            if (order[8].equals("completed") && ChronoUnit.DAYS.between(day, AS_OF) < 365) {
                revenue.merge(order[1], new BigDecimal(order[3]), BigDecimal::add);
            }
        }
        return revenue;
    }
}
