package io.tierbench.repository.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RepositoryException;
import io.tierbench.api.repository.StoredClassification;
import io.tierbench.api.repository.RunInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class H2RunRepositoryTest {

    private static final Instant NOW = Instant.parse("2024-06-30T08:15:00.123456789Z");
    private static final ClassifierInfo RFM = new ClassifierInfo("rfm", "RFM", "1.0.0",
            Map.of("window.days", "365", "grid", "5=New Customers\nPotential"));
    private static final ClassifierInfo ABC = new ClassifierInfo("abc", "ABC", "1.0.0", Map.of());
    private static final Label CHAMPIONS = new Label("champions", "Champions", "冠军客户");
    private static final Label LOST = new Label("lost", "Lost", "已流失");
    private static final Label CLASS_A = new Label("A", "A", "A类");

    private final H2Database database = TestDatabases.inMemory();
    private final H2RunRepository runs = new H2RunRepository(database, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aRunRoundTripsWithItsClassifiersAndResults() {
        long runId = runs.startRun(LocalDate.of(2024, 6, 30));
        runs.saveResults(runId, RFM, "breakpoints F: 1, 2, 3, 5", List.of(
                segment("c1", CHAMPIONS), segment("c2", LOST), segment("c3", LOST)));
        runs.saveFailure(runId, ABC, "no revenue in the window");
        runs.finishRun(runId);

        RunInfo run = runs.run(runId).orElseThrow();
        assertEquals(LocalDate.of(2024, 6, 30), run.asOf());
        assertEquals(NOW, run.startedAt());
        assertEquals(NOW, run.finishedAt());
        assertEquals(List.of(new RunInfo.ClassifierRun(ABC, false, "no revenue in the window", null),
                new RunInfo.ClassifierRun(RFM, true, null, "breakpoints F: 1, 2, 3, 5")), run.classifiers());
    }

    @Test
    void labelDistributionCountsCustomersPerLabelMostFirst() {
        long runId = runs.startRun(LocalDate.of(2024, 6, 30));
        runs.saveResults(runId, RFM, "", List.of(segment("c1", CHAMPIONS), segment("c2", LOST), segment("c3", LOST)));
        runs.saveResults(runId, ABC, "", List.of(new Classification("c1", "revenue", CLASS_A, Map.of(), "top")));
        assertEquals(List.of(new LabelCount("abc", "revenue", CLASS_A, 1),
                new LabelCount("rfm", "segment", LOST, 2),
                new LabelCount("rfm", "segment", CHAMPIONS, 1)), runs.labelDistribution(runId));
        assertEquals(Map.of("c1", "champions", "c2", "lost", "c3", "lost"), runs.labels(runId, "rfm", "segment"));
    }

    @Test
    void classificationsKeepScoresExactlyAndInOrder() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("recency_days", new BigDecimal("12"));
        scores.put("monetary", new BigDecimal("1.50"));
        scores.put("big", new BigDecimal("1E+3"));
        scores.put("a=b", new BigDecimal("-0.0001"));
        Classification segment = new Classification("c1", "segment", CHAMPIONS, scores, "R=5, FM=4.5\nrule: grid");
        Classification value = new Classification("c1", "value", LOST, Map.of(), "R low");
        long runId = runs.startRun(LocalDate.of(2024, 6, 30));
        runs.saveResults(runId, RFM, "", List.of(value, segment));

        List<Classification> stored = runs.classificationsOf(runId, "c1").stream()
                .map(StoredClassification::classification).toList();
        assertEquals(List.of(segment, value), stored);
        assertEquals(List.of("rfm", "rfm"), runs.classificationsOf(runId, "c1").stream()
                .map(StoredClassification::classifierId).toList());
        assertEquals(List.copyOf(scores.keySet()), List.copyOf(stored.get(0).scores().keySet()));
        assertEquals(-3, stored.get(0).scores().get("big").scale());
    }

    @Test
    void savingAClassifierAgainReplacesItsResultsAndAFailedSaveKeepsTheOldOnes() {
        long runId = runs.startRun(LocalDate.of(2024, 6, 30));
        runs.saveResults(runId, RFM, "first", List.of(segment("c1", CHAMPIONS)));
        runs.saveResults(runId, RFM, "second", List.of(segment("c2", LOST)));
        assertEquals(Map.of("c2", "lost"), runs.labels(runId, "rfm", "segment"));

        List<Classification> duplicate = List.of(segment("c3", LOST), segment("c3", CHAMPIONS));
        assertThrows(RepositoryException.class, () -> runs.saveResults(runId, RFM, "third", duplicate));
        assertEquals(Map.of("c2", "lost"), runs.labels(runId, "rfm", "segment"));
        assertEquals("second", runs.run(runId).orElseThrow().classifiers().get(0).summary());
    }

    @Test
    void runsAreListedNewestFirstAndTheLatestRunIsTheLatestFinished() {
        assertEquals(Optional.empty(), runs.latestRun());
        long first = runs.startRun(LocalDate.of(2024, 5, 31));
        runs.finishRun(first);
        long second = runs.startRun(LocalDate.of(2024, 6, 30));
        assertTrue(second > first);
        assertEquals(List.of(second, first), runs.runs().stream().map(RunInfo::runId).toList());
        assertEquals(first, runs.latestRun().orElseThrow().runId());
        assertNull(runs.run(second).orElseThrow().finishedAt());
        assertEquals(List.of(), runs.run(second).orElseThrow().classifiers());
    }

    @Test
    void unknownRunsAreReportedByTheOperation() {
        assertFalse(runs.run(42).isPresent());
        RepositoryException failed = assertThrows(RepositoryException.class, () -> runs.finishRun(42));
        assertEquals("finishRun: unknown run 42", failed.getMessage());
        assertThrows(RepositoryException.class, () -> runs.saveResults(42, RFM, "", List.of()));
    }

    private static Classification segment(String customerId, Label label) {
        return new Classification(customerId, "segment", label, Map.of("r_score", BigDecimal.ONE), "because");
    }
}
