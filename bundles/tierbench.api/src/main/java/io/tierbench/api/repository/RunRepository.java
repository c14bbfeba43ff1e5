package io.tierbench.api.repository;

import io.tierbench.api.classifier.Classification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The store of classification runs. Every run is kept with its as-of date, and for each classifier its version,
 * the configuration it ran with, and every customer's label, scores and explanation.
 *
 * @since 1.0
 */
@ProviderType
public interface RunRepository {

    /**
     * @param asOf the run's as-of date
     * @return the new run's id, increasing
     */
    long startRun(LocalDate asOf);

    /**
     * Stores one classifier's results for a run, atomically.
     *
     * @param runId the run
     * @param classifier id, name, version and configuration of the classifier
     * @param summary run-level summary of the classifier
     * @param classifications every customer's labels
     */
    void saveResults(long runId, ClassifierInfo classifier, String summary, List<Classification> classifications);

    /**
     * Records that a classifier failed in a run; the other classifiers' results stay.
     *
     * @param runId the run
     * @param classifier the classifier
     * @param reason why, for people
     */
    void saveFailure(long runId, ClassifierInfo classifier, String reason);

    /** Marks a run finished. */
    void finishRun(long runId);

    /** @return the run, or empty when unknown */
    Optional<RunInfo> run(long runId);

    /** @return the latest finished run, or empty when none */
    Optional<RunInfo> latestRun();

    /** @return every run, newest first */
    List<RunInfo> runs();

    /**
     * @return the number of customers per label of each classifier and scheme in a run, ordered by classifier,
     *         scheme, then count descending
     */
    List<LabelCount> labelDistribution(long runId);

    /** @return a customer's classifications in a run, ordered by classifier and scheme */
    List<StoredClassification> classificationsOf(long runId, String customerId);

    /** @return each customer's label key under one classifier and scheme in a run */
    Map<String, String> labels(long runId, String classifierId, String scheme);

    /**
     * Streams every classification of a run, ordered by customer id, classifier id and scheme, for reports that
     * show each customer's labels and scores side by side.
     *
     * @param runId the run
     * @param visitor called for each stored classification, on the calling thread
     * @since 1.1
     */
    void forEachClassification(long runId, Consumer<StoredClassification> visitor);

    /**
     * Counts how customers moved between the labels of one classifier and scheme from one run to another.
     *
     * @param fromRunId the earlier run
     * @param toRunId the later run
     * @param classifierId the classifier
     * @param scheme the scheme within the classifier
     * @return the matrix; customers labelled in only one of the runs are counted with a {@code null} label on the
     *         other side
     * @throws IllegalArgumentException when either run is unknown
     * @since 1.1
     */
    MigrationMatrix migration(long fromRunId, long toRunId, String classifierId, String scheme);

    /**
     * A customer's label under one classifier and scheme in every run that labelled the customer, oldest run first,
     * e.g. the tier history.
     *
     * <p>The default implementation reads the customer's classifications run by run; implementations override it
     * with one query.
     *
     * @param customerId a customer's external id
     * @param classifierId the classifier, e.g. {@code tier}
     * @param scheme the scheme within the classifier
     * @return one entry per run in which the customer had a label; empty for an unknown customer
     * @since 1.3
     */
    default List<RunLabel> labelHistory(String customerId, String classifierId, String scheme) {
        List<RunLabel> history = new ArrayList<>();
        List<RunInfo> oldestFirst = new ArrayList<>(runs());
        Collections.reverse(oldestFirst);
        for (RunInfo run : oldestFirst) {
            classificationsOf(run.runId(), customerId).stream()
                    .filter(c -> c.classifierId().equals(classifierId)
                            && c.classification().scheme().equals(scheme))
                    .findFirst()
                    .ifPresent(c -> history.add(new RunLabel(run.runId(), run.asOf(), c.classification().label())));
        }
        return history;
    }
}
