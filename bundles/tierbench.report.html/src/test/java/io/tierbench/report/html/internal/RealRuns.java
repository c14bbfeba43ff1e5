package io.tierbench.report.html.internal;

import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.classifier.abc.internal.AbcClassifier;
import io.tierbench.classifier.abc.internal.AbcConfiguration;
import io.tierbench.classifier.clv.internal.ClvClassifier;
import io.tierbench.classifier.clv.internal.ClvConfiguration;
import io.tierbench.classifier.lifecycle.internal.LifecycleClassifier;
import io.tierbench.classifier.lifecycle.internal.LifecycleConfiguration;
import io.tierbench.classifier.rfm.internal.RfmClassifier;
import io.tierbench.classifier.rfm.internal.RfmConfiguration;
import io.tierbench.classifier.satisfaction.internal.SatisfactionClassifier;
import io.tierbench.classifier.satisfaction.internal.SatisfactionConfiguration;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.classifier.support.standalone.RepositoryContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs the five shipped classifiers, with their default configuration, and stores the run as the engine does. */
final class RealRuns {

    private RealRuns() {
    }

    /** @return the id of the finished run */
    static long run(CustomerRepository customers, RunRepository runs, LocalDate asOf) {
        Map<ClassifierInfo, Classifier> classifiers = new LinkedHashMap<>();
        put(classifiers, "rfm", "RFM", new RfmClassifier(defaults(RfmConfiguration.class)));
        put(classifiers, "abc", "ABC (Pareto)", new AbcClassifier(defaults(AbcConfiguration.class)));
        put(classifiers, "clv", "Customer lifetime value", new ClvClassifier(defaults(ClvConfiguration.class)));
        put(classifiers, "lifecycle", "Lifecycle stage",
                new LifecycleClassifier(defaults(LifecycleConfiguration.class)));
        put(classifiers, "satisfaction", "Satisfaction",
                new SatisfactionClassifier(defaults(SatisfactionConfiguration.class)));
        long runId = runs.startRun(asOf);
        RepositoryContext context = new RepositoryContext(customers, asOf);
        classifiers.forEach((info, classifier) -> {
            try {
                ClassifierResult result = classifier.classify(context);
                runs.saveResults(runId, info, result.summary(), result.classifications());
            } catch (ClassificationException e) {
                runs.saveFailure(runId, info, e.getMessage());
            }
        });
        runs.finishRun(runId);
        return runId;
    }

    private static void put(Map<ClassifierInfo, Classifier> classifiers, String id, String name,
            Classifier classifier) {
        classifiers.put(new ClassifierInfo(id, name, "1.0.0", classifier.configuration()), classifier);
    }

    private static <A> A defaults(Class<A> type) {
        return ComponentConfigurations.of(type, Map.of());
    }
}
