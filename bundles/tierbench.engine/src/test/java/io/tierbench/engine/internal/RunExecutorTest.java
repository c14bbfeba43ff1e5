package io.tierbench.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.tiering.PolicyStatus;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.api.tiering.TieringResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RunExecutorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final CountingCustomers customers = new CountingCustomers(List.of(
            new PurchaseFacts("c1", AS_OF, AS_OF, 1, 1, new BigDecimal("10"), BigDecimal.ZERO, new BigDecimal("10"),
                    null, null),
            PurchaseFacts.none("c2")));
    private final InMemoryRuns runs = new InMemoryRuns();
    private final RunExecutor executor = new RunExecutor(runs);

    @Test
    void aFailingClassifierFailsAloneAndTheOthersAreStored() {
        RunReport report = executor.execute(new RunContext(customers, AS_OF), List.of(
                handle("boom", context -> {
                    throw new IllegalStateException("division by zero in plugin");
                }),
                handle("buyer", this::labelBuyers),
                handle("declines", context -> {
                    throw new ClassificationException("model did not converge after 200 iterations");
                })));

        assertEquals(List.of("buyer"), List.copyOf(runs.results.keySet()));
        assertEquals(2, runs.results.get("buyer").size());
        assertEquals("IllegalStateException: division by zero in plugin", runs.failures.get("boom"));
        assertEquals("model did not converge after 200 iterations", runs.failures.get("declines"));
        assertEquals(List.of(report.runId()), runs.finished);
        assertEquals(2, report.customers());
        assertFalse(report.outcomes().get(0).succeeded());
        assertTrue(report.outcomes().get(1).succeeded());
        assertEquals(2, report.outcomes().get(1).classifications());
    }

    @Test
    void aClassifierThatLeavesDuringTheRunHasItsResultsDiscarded() {
        AtomicBoolean present = new AtomicBoolean(true);
        ClassifierHandle leaving = new FixedHandle("leaving", context -> {
            present.set(false);
            return labelBuyers(context);
        }, present);

        executor.execute(new RunContext(customers, AS_OF), List.of(leaving));

        assertTrue(runs.results.isEmpty());
        assertEquals("the classifier left during the run; its results were discarded", runs.failures.get("leaving"));
    }

    @Test
    void aClassifierGoneBeforeItsTurnIsRecordedAsFailed() {
        ClassifierHandle gone = new FixedHandle("gone", null, new AtomicBoolean(false));

        RunReport report = executor.execute(new RunContext(customers, AS_OF), List.of(gone));

        assertEquals("the classifier left before its turn in the run", report.outcomes().get(0).failureReason());
    }

    @Test
    void aClassifierWhoseComponentCannotActivateIsRecordedWithThatReason() {
        ClassifierHandle broken = new FixedHandle("broken", null, new AtomicBoolean(true));

        RunReport report = executor.execute(new RunContext(customers, AS_OF), List.of(broken));

        assertEquals("the classifier could not be activated (invalid configuration?): see the log",
                report.outcomes().get(0).failureReason());
        assertEquals(report.outcomes().get(0).failureReason(), runs.failures.get("broken"));
    }

    @Test
    void factsAreReadOncePerWindowAndSharedByEveryClassifier() {
        LocalDate windowStart = AS_OF.minusDays(364);
        executor.execute(new RunContext(customers, AS_OF), List.of(
                handle("a", this::labelBuyers),
                handle("b", this::labelBuyers),
                handle("windowed", context -> {
                    context.facts(windowStart);
                    return labelBuyers(context);
                })));

        assertEquals(List.of("null..2026-06-30", "2025-07-01..2026-06-30"), customers.factReads);
    }

    @Test
    void theConfigurationAClassifierReportsIsStoredWithItsResults() {
        executor.execute(new RunContext(customers, AS_OF), List.of(handle("buyer", this::labelBuyers)));

        ClassifierInfo stored = runs.infos.get("buyer");
        assertEquals(Map.of("threshold", "1"), stored.configuration());
        assertEquals("2.0.0", stored.version());
    }

    @Test
    void theTierPolicyIsAppliedAfterEveryClassifierAndAFailingPolicyFailsOnlyItsOwnPart() {
        List<String> calls = new java.util.ArrayList<>();
        RunReport applied = executor.execute(new RunContext(customers, AS_OF), List.of(handle("buyer", context -> {
            calls.add("classify");
            return labelBuyers(context);
        })), tierPolicy(runId -> {
            calls.add("apply " + runId);
            return new TieringResult(runId, AS_OF, List.of(new Classification("c1", "tier",
                    new Label("gold", "Gold", "金"), Map.of(), "rule.1")), List.of(), 0, Map.of(), List.of());
        }));

        assertEquals(List.of("classify", "apply " + applied.runId()), calls);
        assertEquals("tier", applied.outcomes().get(1).classifierId());
        assertTrue(applied.outcomes().get(1).succeeded());
        assertEquals(1, applied.outcomes().get(1).classifications());

        RunReport failed = executor.execute(new RunContext(customers, AS_OF), List.of(handle("buyer",
                this::labelBuyers)), tierPolicy(runId -> {
                    throw new IllegalStateException("no tier policy in force: tiers is missing");
                }));

        assertFalse(failed.outcomes().get(1).succeeded());
        assertEquals("no tier policy in force: tiers is missing", runs.failures.get("tier"));
        assertTrue(failed.outcomes().get(0).succeeded());
        assertEquals(List.of(applied.runId(), failed.runId()), runs.finished);
    }

    private static TierPolicy tierPolicy(java.util.function.LongFunction<TieringResult> apply) {
        return new TierPolicy() {
            @Override
            public PolicyStatus status() {
                return new PolicyStatus(null, null, List.of());
            }

            @Override
            public TieringResult apply(long runId) {
                return apply.apply(runId);
            }

            @Override
            public TieringResult evaluate(long runId, Map<String, List<Classification>> replacements,
                    Map<String, Object> policy) {
                throw new UnsupportedOperationException("not used by runs");
            }
        };
    }

    private ClassifierResult labelBuyers(ClassificationContext context) {
        return new ClassifierResult(context.facts().stream()
                .map(f -> new Classification(f.customerId(), "buyer",
                        f.hasPurchases() ? new Label("buyer", "Buyer", "买家") : new Label("none", "None", "无"),
                        Map.of("purchases", BigDecimal.valueOf(f.purchaseCount())), "purchases >= 1"))
                .toList(), "");
    }

    private static ClassifierHandle handle(String id, ClassifyFunction function) {
        return new FixedHandle(id, function, new AtomicBoolean(true));
    }

    @FunctionalInterface
    interface ClassifyFunction {
        ClassifierResult apply(ClassificationContext context) throws ClassificationException;
    }

    private static final class FixedHandle implements ClassifierHandle {
        private final String id;
        private final ClassifyFunction function;
        private final AtomicBoolean present;

        FixedHandle(String id, ClassifyFunction function, AtomicBoolean present) {
            this.id = id;
            this.function = function;
            this.present = present;
        }

        @Override
        public ClassifierInfo identity() {
            return new ClassifierInfo(id, id, "2.0.0", Map.of());
        }

        @Override
        public Classifier acquire() {
            if (function == null) {
                return null;
            }
            return new Classifier() {
                @Override
                public ClassifierResult classify(ClassificationContext context) throws ClassificationException {
                    return function.apply(context);
                }

                @Override
                public Map<String, String> configuration() {
                    return Map.of("threshold", "1");
                }
            };
        }

        @Override
        public boolean isPresent() {
            return present.get();
        }

        @Override
        public void release() {
        }
    }
}
