package io.tierbench.engine.internal;

import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.engine.RunReport.ClassifierOutcome;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.api.tiering.TieringResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the selected classifiers one after the other over a shared {@link RunContext} and stores each one's part of
 * the run, then applies the tier policy to the run. A classifier (or the policy) that throws, declines or leaves
 * mid-run fails only its own part, with the reason recorded.
 */
final class RunExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RunExecutor.class);

    private final RunRepository runs;

    RunExecutor(RunRepository runs) {
        this.runs = runs;
    }

    RunReport execute(RunContext context, List<ClassifierHandle> handles) {
        return execute(context, handles, null);
    }

    /**
     * @param tierPolicy the tier policy to apply once every classifier has finished, or {@code null} for none; its
     *        part of the run is reported under the classifier id {@value TierPolicy#CLASSIFIER_ID}
     */
    RunReport execute(RunContext context, List<ClassifierHandle> handles, TierPolicy tierPolicy) {
        long started = System.nanoTime();
        long runId = runs.startRun(context.asOf());
        List<ClassifierOutcome> outcomes = new ArrayList<>();
        for (ClassifierHandle handle : handles) {
            outcomes.add(runOne(runId, context, handle));
        }
        if (tierPolicy != null) {
            outcomes.add(applyPolicy(runId, tierPolicy));
        }
        runs.finishRun(runId);
        return new RunReport(runId, context.asOf(), context.customerCount(), outcomes,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private ClassifierOutcome runOne(long runId, RunContext context, ClassifierHandle handle) {
        long started = System.nanoTime();
        ClassifierInfo identity = handle.identity();
        try {
            Classifier classifier = handle.acquire();
            if (classifier == null) {
                return fail(runId, identity, handle.isPresent()
                        ? "the classifier could not be activated (invalid configuration?): see the log"
                        : "the classifier left before its turn in the run", started);
            }
            ClassifierInfo info = withConfiguration(identity, classifier.configuration());
            ClassifierResult result = classifier.classify(context);
            if (!handle.isPresent()) {
                return fail(runId, info, "the classifier left during the run; its results were discarded", started);
            }
            runs.saveResults(runId, info, result.summary(), result.classifications());
            LOG.info("Run {}: classifier {} {} labelled {} customer-schemes", runId, info.id(), info.version(),
                    result.classifications().size());
            return new ClassifierOutcome(info.id(), info.version(), true, result.classifications().size(), null,
                    elapsedSince(started));
        } catch (ClassificationException e) {
            return fail(runId, identity, e.getMessage(), started);
        } catch (RuntimeException | LinkageError e) {
            // A plugin's own bug, or its bundle being stopped under it: both fail this part only.
            return fail(runId, identity, e.getClass().getSimpleName() + ": " + e.getMessage(), started);
        } finally {
            handle.release();
        }
    }

    /** The policy stores the tiers and rule tags itself; a policy that fails fails only its own part. */
    private ClassifierOutcome applyPolicy(long runId, TierPolicy tierPolicy) {
        long started = System.nanoTime();
        ClassifierInfo identity = new ClassifierInfo(TierPolicy.CLASSIFIER_ID, "Tier policy", "", Map.of());
        try {
            TieringResult result = tierPolicy.apply(runId);
            result.warnings().forEach(warning -> LOG.warn("Run {}: tier policy: {}", runId, warning));
            return new ClassifierOutcome(TierPolicy.CLASSIFIER_ID, "", true, result.tiers().size(), null,
                    elapsedSince(started));
        } catch (RuntimeException e) {
            // No policy in force, a failed write, or the policy's bundle stopping under it.
            return fail(runId, identity, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    started);
        }
    }

    private ClassifierOutcome fail(long runId, ClassifierInfo info, String reason, long started) {
        LOG.warn("Run {}: classifier {} failed: {}", runId, info.id(), reason);
        runs.saveFailure(runId, info, reason);
        return new ClassifierOutcome(info.id(), info.version(), false, 0, reason, elapsedSince(started));
    }

    private static ClassifierInfo withConfiguration(ClassifierInfo identity, Map<String, String> configuration) {
        return new ClassifierInfo(identity.id(), identity.name(), identity.version(), configuration);
    }

    private static Duration elapsedSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
