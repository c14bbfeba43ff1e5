package io.tierbench.rest.internal;

import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.RunRepository;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A classification engine that stores its run as the real one does (start, each classifier, finish), and waits for
 * the test at two gates: before it starts the run, and before it finishes it. It labels C1 to C4 tier gold.
 */
final class GatedEngine implements ClassificationService {

    final CountDownLatch mayStart = new CountDownLatch(1);
    final CountDownLatch mayFinish = new CountDownLatch(1);
    private final RunRepository runs;

    GatedEngine(RunRepository runs) {
        this.runs = runs;
    }

    /** Opens both gates: runs go straight through. */
    GatedEngine open() {
        mayStart.countDown();
        mayFinish.countDown();
        return this;
    }

    @Override
    public RunReport classify(LocalDate asOf) {
        await(mayStart);
        long run = runs.startRun(asOf);
        await(mayFinish);
        runs.saveResults(run, new ClassifierInfo("tier", "Tier policy", "1.0.0", Map.of()), "tiers",
                ShopFixture.classifications("tier", Map.of("C1", "gold", "C2", "gold", "C3", "gold", "C4", "gold")));
        runs.finishRun(run);
        return new RunReport(run, asOf, 4, List.of(), Duration.ZERO);
    }

    private static void await(CountDownLatch gate) {
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
