package io.tierbench.repository.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.StoredClassification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading a whole run customer by customer, and counting how customers moved between two runs. */
class RunComparisonTest {

    private static final ClassifierInfo RFM = new ClassifierInfo("rfm", "RFM", "1.0.0", Map.of());
    private static final ClassifierInfo ABC = new ClassifierInfo("abc", "ABC", "1.0.0", Map.of());
    private static final ClassifierInfo LIFECYCLE = new ClassifierInfo("lifecycle", "Lifecycle", "1.0.0", Map.of());
    private static final Label A = new Label("A", "A", "A类");
    private static final Label B = new Label("B", "B", "B类");
    private static final Label C = new Label("C", "C", "C类");
    private static final Label D = new Label("D", "D", "D类");

    private final H2Database database = TestDatabases.inMemory();
    private final H2RunRepository runs = new H2RunRepository(database);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aRunIsStreamedByCustomerThenClassifierThenScheme() {
        Classification c2Segment = labelled("c2", "segment", A);
        Classification c1Value = new Classification("c1", "value", B,
                Map.of("r_score", new BigDecimal("4.50")), "R high, FM low");
        Classification c1Segment = labelled("c1", "segment", C);
        Classification c1Revenue = labelled("c1", "revenue", A);
        Classification c3Revenue = labelled("c3", "revenue", B);
        long runId = runs.startRun(LocalDate.of(2024, 6, 30));
        runs.saveResults(runId, RFM, "", List.of(c2Segment, c1Value, c1Segment));
        runs.saveResults(runId, ABC, "", List.of(c3Revenue, c1Revenue));
        long otherRun = runs.startRun(LocalDate.of(2024, 7, 31));
        runs.saveResults(otherRun, ABC, "", List.of(labelled("c0", "revenue", D)));

        List<StoredClassification> streamed = new ArrayList<>();
        runs.forEachClassification(runId, streamed::add);
        assertEquals(List.of(new StoredClassification("abc", c1Revenue), new StoredClassification("rfm", c1Segment),
                new StoredClassification("rfm", c1Value), new StoredClassification("rfm", c2Segment),
                new StoredClassification("abc", c3Revenue)), streamed);

        List<StoredClassification> none = new ArrayList<>();
        runs.forEachClassification(999, none::add);
        assertEquals(List.of(), none);
    }

    @Test
    void aRunLargerThanOnePageIsStreamedWholeAndInOrder() {
        // 25 customers x 4 classifier-scheme pairs = 100 rows; pages of 30 end in the middle of a customer.
        long runId = runs.startRun(LocalDate.of(2024, 6, 30));
        Map<ClassifierInfo, List<Classification>> byClassifier = new LinkedHashMap<>();
        List<String> expected = new ArrayList<>();
        for (int i = 24; i >= 0; i--) {
            String customer = String.format("c%02d", i);
            byClassifier.computeIfAbsent(RFM, k -> new ArrayList<>()).add(labelled(customer, "value", B));
            byClassifier.computeIfAbsent(RFM, k -> new ArrayList<>()).add(labelled(customer, "segment", A));
            byClassifier.computeIfAbsent(LIFECYCLE, k -> new ArrayList<>()).add(labelled(customer, "stage", C));
            byClassifier.computeIfAbsent(ABC, k -> new ArrayList<>()).add(labelled(customer, "revenue", D));
            expected.addAll(0, List.of(customer + " abc revenue", customer + " lifecycle stage",
                    customer + " rfm segment", customer + " rfm value"));
        }
        byClassifier.forEach((classifier, list) -> runs.saveResults(runId, classifier, "", list));

        List<String> streamed = new ArrayList<>();
        runs.forEachClassification(runId, stored -> streamed.add(stored.classification().customerId() + " "
                + stored.classifierId() + " " + stored.classification().scheme()));
        assertEquals(expected, streamed);
    }

    @Test
    void migrationCountsEveryMoveIncludingCustomersGoneAndNew() {
        long march = runs.startRun(LocalDate.of(2024, 3, 31));
        runs.saveResults(march, RFM, "", List.of(labelled("c1", "segment", A), labelled("c2", "segment", A),
                labelled("c3", "segment", B), labelled("c4", "segment", C), labelled("c6", "segment", A),
                labelled("c1", "value", D)));
        runs.saveResults(march, ABC, "", List.of(labelled("c5", "segment", D)));
        long june = runs.startRun(LocalDate.of(2024, 6, 30));
        Label renamedA = new Label("A", "A", "甲类");
        runs.saveResults(june, RFM, "", List.of(labelled("c1", "segment", renamedA), labelled("c2", "segment", B),
                labelled("c3", "segment", B), labelled("c5", "segment", D), labelled("c6", "segment", renamedA),
                labelled("c4", "value", D)));

        MigrationMatrix matrix = runs.migration(march, june, "rfm", "segment");

        // c1, c6: A -> A; c2: A -> B; c3: B -> B; c4: C -> gone; c5: new -> D.
        Map<List<String>, Long> expected = new HashMap<>();
        expected.put(Arrays.asList("A", "A"), 2L);
        expected.put(Arrays.asList("A", "B"), 1L);
        expected.put(Arrays.asList("B", "B"), 1L);
        expected.put(Arrays.asList("C", null), 1L);
        expected.put(Arrays.asList(null, "D"), 1L);
        List<String> keys = Arrays.asList("A", "B", "C", "D", null);
        for (String from : keys) {
            for (String to : keys) {
                assertEquals(expected.getOrDefault(Arrays.asList(from, to), 0L), matrix.count(from, to),
                        from + " -> " + to);
            }
        }
        // March's labels by count (A 3; B and C 1, by key), then June's others; a shared key has June's texts.
        assertEquals(List.of(renamedA, B, C, D), matrix.labels());
        assertEquals(List.of(new MigrationMatrix.Move("A", "A", 2), new MigrationMatrix.Move("A", "B", 1),
                new MigrationMatrix.Move("B", "B", 1), new MigrationMatrix.Move("C", null, 1),
                new MigrationMatrix.Move(null, "D", 1)), matrix.moves());
        assertEquals(1, matrix.moved());
        assertEquals(List.of(march, june, "rfm", "segment"),
                List.of(matrix.fromRunId(), matrix.toRunId(), matrix.classifierId(), matrix.scheme()));
    }

    @Test
    void migrationOverManyPagesAgreesWithAPlainJavaJoin() {
        // March labels c000-c079, June c020-c099: both sides have customers the other lacks, over pages of 30.
        Label[] labels = {A, B, C};
        Map<String, String> marchLabels = new LinkedHashMap<>();
        Map<String, String> juneLabels = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            String customer = String.format("c%03d", i);
            if (i < 80) {
                marchLabels.put(customer, labels[i % 3].key());
            }
            if (i >= 20) {
                juneLabels.put(customer, labels[(i * 2 + i / 10) % 3].key());
            }
        }
        long march = runs.startRun(LocalDate.of(2024, 3, 31));
        runs.saveResults(march, ABC, "", classifications(marchLabels, labels));
        long june = runs.startRun(LocalDate.of(2024, 6, 30));
        runs.saveResults(june, ABC, "", classifications(juneLabels, labels));

        Map<List<String>, Long> expected = new HashMap<>();
        marchLabels.forEach((customer, label) -> expected.merge(Arrays.asList(label, juneLabels.get(customer)), 1L,
                Long::sum));
        juneLabels.forEach((customer, label) -> {
            if (!marchLabels.containsKey(customer)) {
                expected.merge(Arrays.asList(null, label), 1L, Long::sum);
            }
        });
        MigrationMatrix matrix = runs.migration(march, june, "abc", "revenue");
        Map<List<String>, Long> counted = new HashMap<>();
        matrix.moves().forEach(move -> counted.put(Arrays.asList(move.fromLabel(), move.toLabel()), move.customers()));
        assertEquals(expected, counted);
        assertEquals(100, matrix.moves().stream().mapToLong(MigrationMatrix.Move::customers).sum());
    }

    @Test
    void aClassifierMissingFromTheLaterRunCountsEveryCustomerAsGone() {
        long march = runs.startRun(LocalDate.of(2024, 3, 31));
        runs.saveResults(march, ABC, "", List.of(labelled("c1", "revenue", A), labelled("c2", "revenue", A),
                labelled("c3", "revenue", B)));
        long june = runs.startRun(LocalDate.of(2024, 6, 30));
        runs.saveFailure(june, ABC, "no revenue in the window");

        MigrationMatrix matrix = runs.migration(march, june, "abc", "revenue");
        assertEquals(List.of(new MigrationMatrix.Move("A", null, 2), new MigrationMatrix.Move("B", null, 1)),
                matrix.moves());
        assertEquals(List.of(A, B), matrix.labels());
        assertEquals(0, matrix.moved());
    }

    @Test
    void migrationBetweenUnknownRunsNamesTheRun() {
        long march = runs.startRun(LocalDate.of(2024, 3, 31));
        IllegalArgumentException later = assertThrows(IllegalArgumentException.class,
                () -> runs.migration(march, 4242, "rfm", "segment"));
        assertTrue(later.getMessage().contains("4242"), later.getMessage());
        IllegalArgumentException earlier = assertThrows(IllegalArgumentException.class,
                () -> runs.migration(4141, march, "rfm", "segment"));
        assertTrue(earlier.getMessage().contains("4141"), earlier.getMessage());
    }

    private static List<Classification> classifications(Map<String, String> labelKeys, Label[] labels) {
        List<Classification> list = new ArrayList<>();
        labelKeys.forEach((customer, key) -> list.add(labelled(customer, "revenue",
                Arrays.stream(labels).filter(label -> Objects.equals(label.key(), key)).findFirst().orElseThrow())));
        return list;
    }

    private static Classification labelled(String customerId, String scheme, Label label) {
        return new Classification(customerId, scheme, label, Map.of("score", BigDecimal.ONE), "because");
    }
}
