package io.tierbench.classifier.jade.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The classifier over the real jade sample (samples/jade, 200 customers, 499 orders, generated with seed 20260701),
 * as of 2026-06-30, the day of its last order.
 *
 * <p>The expected counts were computed independently with a Python one-off over the same CSV files (csv.DictReader,
 * Decimal sums): completed orders only; categories 手镯/吊坠/戒面 -> wearing, 原石 -> investment, 摆件 -> collection;
 * a preference wins with {@code spend * 100 >= 60 * categorised spend} of the largest, else mixed, none -> unknown;
 * levels by points {@code [0, 800, 4000, 16000]}; earned points {@code int(spend * Decimal("0.1"))}; a customer
 * without a completed purchase keeps the imported level:
 * <pre>
 * def infer(cid): s = spend[cid]; t = sum(s.values())
 *     if t == 0: return 'unknown'
 *     p, v = max(s.items(), key=lambda kv: kv[1]); return p if v * 100 >= 60 * t else 'mixed'
 * def level(p): return [l for l, t in zip(LV, TH) if p >= t][-1]
 * Counter(level(int(c['points'])) for c in cs)   # imported points
 * </pre>
 * It also found that the default levels reproduce the sample's imported membership_level for 184 of the 200
 * customers from their imported points, and 173 of 200 from spend alone.
 */
class JadeSampleTest {

    private static final Path SAMPLE = Path.of("..", "..", "samples", "src", "main", "resources", "samples", "jade");
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final DateTimeFormatter ORDERED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void theImportedPreferencesAndPointsOfTheSampleGiveTheseCounts() throws Exception {
        ClassifierResult result = Runs.classifier(Map.of()).classify(sample());

        assertEquals(Map.of("collection", 62, "wearing", 105, "investment", 33), counts(result, "preference"));
        assertEquals(Map.of("regular", 74, "silver", 57, "gold", 46, "diamond", 23), counts(result, "membership"));
        assertTrue(result.summary().contains("imported for 200, inferred from purchases for 0"), result.summary());
        assertTrue(result.summary().contains("every purchase category is mapped to a preference"), result.summary());
        assertTrue(result.summary().contains("from imported points 200, from points earned on spend 0"),
                result.summary());
        // 16 = 200 - 184 customers whose imported level is not the one their points reach
        assertTrue(result.summary().contains("the imported level disagrees with the points for 16."),
                result.summary());
    }

    @Test
    void withoutTheImportedAttributesThePurchasesOfTheSampleGiveTheseCounts() throws Exception {
        ClassifierResult result = Runs.classifier(Map.of("preference_attributes", new String[0],
                "points_attributes", new String[0])).classify(sample());

        // 15 customers have no completed purchase: unknown preference, and they keep their imported 普通会员
        assertEquals(Map.of("wearing", 124, "collection", 22, "investment", 27, "mixed", 12, "unknown", 15),
                counts(result, "preference"));
        assertEquals(Map.of("regular", 65, "silver", 54, "gold", 50, "diamond", 31), counts(result, "membership"));
        assertTrue(result.summary().contains("from imported points 0, from points earned on spend 185, imported "
                + "level kept (no points, no purchase) 15, none of these 0"), result.summary());
        assertTrue(result.summary().contains("the imported level disagrees with the points for 27."),
                result.summary());
    }

    private static Map<String, Integer> counts(ClassifierResult result, String scheme) {
        Map<String, Integer> counts = new TreeMap<>();
        result.classifications().stream().filter(c -> c.scheme().equals(scheme))
                .forEach(c -> counts.merge(c.label().key(), 1, Integer::sum));
        return counts;
    }

    private static FakeClassificationContext sample() throws IOException {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).streamingOrders();
        read("customers.csv", row -> context.person(row.get("external_id"), "preference", row.get("preference"),
                "membership_level", row.get("membership_level"), "points", row.get("points")));
        read("orders.csv", row -> context.order(row.get("customer_id"), row.get("category"), row.get("amount"),
                OrderStatus.valueOf(row.get("status").toUpperCase(Locale.ROOT)),
                LocalDateTime.parse(row.get("ordered_at"), ORDERED_AT).toLocalDate()));
        return context;
    }

    private static void read(String file, Consumer<CSVRecord> visitor) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(SAMPLE.resolve(file), StandardCharsets.UTF_8)) {
            format.parse(reader).forEach(visitor);
        }
    }
}
