package io.tierbench.classifier.potential.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation names the property at fault; valid values and the table are read as given. */
class PotentialSettingsTest {

    private static PotentialSettings settings(Map<String, Object> values, Map<String, Object> properties) {
        return PotentialSettings.from(TestConfigurations.with(values), properties);
    }

    private static String problem(Map<String, Object> values, Map<String, Object> properties) {
        return assertThrows(IllegalArgumentException.class, () -> settings(values, properties)).getMessage();
    }

    private static void assertProblem(String expected, Map<String, Object> values, Map<String, Object> properties) {
        String message = problem(values, properties);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void theDefaultsAreTheContractValues() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("size.medium.min", "50");
        expected.put("size.large.min", "500");
        expected.put("percentile", "75");
        expected.put("min.peers", "5");
        expected.put("high.below", "30");
        expected.put("medium.below", "70");
        assertEquals(expected, settings(Map.of(), Map.of()).describe());
    }

    @Test
    void sizeBucketsTakeTheConfiguredBoundsInclusiveFromBelow() {
        SizeBuckets sizes = settings(Map.of(), Map.of()).sizes();
        assertEquals(SizeBucket.SMALL, sizes.of(1));
        assertEquals(SizeBucket.SMALL, sizes.of(49));
        assertEquals(SizeBucket.MEDIUM, sizes.of(50));
        assertEquals(SizeBucket.MEDIUM, sizes.of(499));
        assertEquals(SizeBucket.LARGE, sizes.of(500));
        SizeBuckets custom = settings(Map.of("size_medium_min", 20, "size_large_min", 200), Map.of()).sizes();
        assertEquals(SizeBucket.MEDIUM, custom.of(20));
        assertEquals("large: 200 employees or more", custom.describe(SizeBucket.LARGE));
    }

    @Test
    void sizeBoundsMustBeStrictlyOrderedAndAboveOne() {
        assertProblem("size.medium.min must be above 1 (small companies have 1 employee or more), was 1",
                Map.of("size_medium_min", 1), Map.of());
        assertProblem("size.large.min must be above 50 (size.medium.min), was 50", Map.of("size_large_min", 50),
                Map.of());
    }

    @Test
    void percentilePeersAndSharesAreChecked() {
        assertProblem("percentile must be above 0 and at most 100, was 0", Map.of("percentile", "0"), Map.of());
        assertProblem("percentile must be above 0 and at most 100, was 100.5", Map.of("percentile", "100.5"),
                Map.of());
        assertProblem("percentile must be a decimal number, was 'p75'", Map.of("percentile", "p75"), Map.of());
        assertProblem("min.peers must be at least 1, was 0", Map.of("min_peers", 0), Map.of());
        assertProblem("high.below must be above 0, was 0", Map.of("high_below", "0"), Map.of());
        assertProblem("medium.below must be above 30 (high.below), was 30", Map.of("medium_below", "30"), Map.of());
        assertEquals(new BigDecimal("62.5"), settings(Map.of("percentile", " 62.5 "), Map.of()).percentile());
    }

    @Test
    void theTableIsReadFromExpectedPropertiesWithIndustriesComparedWithoutCase() {
        PotentialSettings settings = settings(Map.of(), Map.of("expected.电子制造.medium", "200000",
                "expected.IT Services.large", 1500000, "expected.a.b.small", "1.5", "expected.x.small", " ",
                "service.pid", "tierbench.classifier.potential"));
        ExpectedTable table = settings.table();
        assertEquals(3, table.size(), "a blank value is no entry");
        assertEquals(new BigDecimal("200000"), table.lookup("电子制造", SizeBucket.MEDIUM).orElseThrow().amount());
        assertEquals(new BigDecimal("1500000"), table.lookup(Industries.key(" it services"), SizeBucket.LARGE)
                .orElseThrow().amount());
        assertEquals(new BigDecimal("1.5"), table.lookup("a.b", SizeBucket.SMALL).orElseThrow().amount(),
                "the size is after the last dot");
        assertTrue(table.lookup("电子制造", SizeBucket.SMALL).isEmpty());
        assertEquals("200000", settings.describe().get("expected.电子制造.medium"));
    }

    @Test
    void aMalformedTableEntryIsNamed() {
        assertProblem("expected.电子制造.huge must be written expected.<industry>.<small|medium|large>", Map.of(),
                Map.of("expected.电子制造.huge", "5"));
        assertProblem("expected.medium must be written expected.<industry>.<small|medium|large>", Map.of(),
                Map.of("expected.medium", "5"));
        assertProblem("expected.电子制造.medium must be a positive amount, was '-5'", Map.of(),
                Map.of("expected.电子制造.medium", "-5"));
        assertProblem("expected.电子制造.medium must be a positive amount, was 'lots'", Map.of(),
                Map.of("expected.电子制造.medium", "lots"));
        assertProblem("expected.it.small and expected.IT.small name the same industry and size", Map.of(),
                Map.of("expected.IT.small", "1", "expected.it.small", "2"));
    }

    @Test
    void everyProblemIsNamedInOneMessageWithThePid() {
        String message = problem(Map.of("min_peers", 0, "percentile", "0"), Map.of("expected.x.y", "1"));
        assertTrue(message.startsWith("Invalid potential configuration (tierbench.classifier.potential): "), message);
        assertTrue(message.contains("min.peers") && message.contains("percentile") && message.contains("expected.x.y"),
                message);
        IllegalArgumentException component = assertThrows(IllegalArgumentException.class,
                () -> TestConfigurations.classifier(Map.of("medium_below", "10"), Map.of()));
        assertTrue(component.getMessage().contains("medium.below must be above 30"), component.getMessage());
    }
}
