package io.tierbench.tiering.internal;

import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.TierPolicy;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the classifiers of a run produced, by the name rules use for each classifier: its schemes and score names.
 * Rules are checked against it, so that {@code clv.teir} is an error and not a label nobody has.
 *
 * @param runId the run read, or 0 when there is none
 * @param byRoot per rule name ({@code big-spender} is {@code big_spender}), the classifier's outputs
 */
record ClassifierOutputs(long runId, Map<String, Output> byRoot) {

    static final ClassifierOutputs NONE = new ClassifierOutputs(0, Map.of());

    /**
     * @param classifierId the classifier's id
     * @param schemes its schemes, or {@code null} when it failed in the run and they are not known
     * @param scores the names of its scores, or {@code null} when they were not read
     * @param configuration the configuration it ran with, as text, where an optional scheme it did not label is
     *        still named (CLV's {@code schemes = predictive; historical} when the model could not be fitted)
     */
    record Output(String classifierId, Set<String> schemes, Set<String> scores, String configuration) {

        Output(String classifierId, Set<String> schemes, Set<String> scores) {
            this(classifierId, schemes, scores, "");
        }

        /** @return whether the configuration names the word, as a whole word */
        boolean configurationNames(String word) {
            return java.util.regex.Pattern.compile("(?<![\\w-])" + java.util.regex.Pattern.quote(word) + "(?![\\w-])")
                    .matcher(configuration).find();
        }
    }

    /** @return the name rules use for a classifier: its id, dashes made underscores */
    static String rootOf(String classifierId) {
        return classifierId.replace('-', '_');
    }

    Optional<Output> of(String root) {
        return Optional.ofNullable(byRoot.get(root));
    }

    /**
     * Reads the latest finished run: each classifier's schemes from the label counts and, when asked, the score
     * names from every classification of the run (a full read, so only done when a rule reads scores).
     */
    static ClassifierOutputs ofLatestRun(RunRepository runs, boolean withScores) {
        Optional<RunInfo> latest = runs.latestRun();
        if (latest.isEmpty()) {
            return NONE;
        }
        long runId = latest.get().runId();
        Map<String, Set<String>> schemes = new TreeMap<>();
        Map<String, String> configurations = new TreeMap<>();
        for (RunInfo.ClassifierRun classifier : latest.get().classifiers()) {
            if (!classifier.classifier().id().equals(TierPolicy.CLASSIFIER_ID)) {
                schemes.put(classifier.classifier().id(), classifier.succeeded() ? new TreeSet<>() : null);
                configurations.put(classifier.classifier().id(),
                        String.join("\n", classifier.classifier().configuration().values()));
            }
        }
        for (LabelCount count : runs.labelDistribution(runId)) {
            Set<String> ofClassifier = schemes.get(count.classifierId());
            if (ofClassifier != null) {
                ofClassifier.add(count.scheme());
            }
        }
        Map<String, Set<String>> scores = new TreeMap<>();
        if (withScores) {
            schemes.keySet().forEach(id -> scores.put(id, new HashSet<>()));
            runs.forEachClassification(runId, stored -> {
                Set<String> names = scores.get(stored.classifierId());
                if (names != null) {
                    names.addAll(stored.classification().scores().keySet());
                }
            });
        }
        Map<String, Output> byRoot = new LinkedHashMap<>();
        schemes.forEach((id, ofClassifier) -> byRoot.put(rootOf(id),
                new Output(id, ofClassifier == null ? null : Set.copyOf(ofClassifier),
                        scores.containsKey(id) ? Set.copyOf(scores.get(id)) : null, configurations.get(id))));
        return new ClassifierOutputs(runId, Map.copyOf(byRoot));
    }
}
