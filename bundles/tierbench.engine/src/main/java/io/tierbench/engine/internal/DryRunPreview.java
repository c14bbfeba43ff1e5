package io.tierbench.engine.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.ConfigurationChange;
import io.tierbench.api.tiering.Preview;
import io.tierbench.api.tiering.PreviewService;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.api.tiering.TieringResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Dry runs against the latest finished run, at its as-of date: a classifier's changed copy is run over the
 * repository and the tier policy is evaluated on the stored labels with the copy's in place; a policy change is
 * evaluated on the stored labels. Nothing is stored and the running classifier and policy are not changed.
 */
@Component(service = PreviewService.class)
public final class DryRunPreview implements PreviewService {

    private final Supplier<List<ClassifierHandle>> classifiers;
    private final CustomerRepository customers;
    private final RunRepository runs;
    private final Supplier<TierPolicy> policy;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TierPolicy tierPolicy;

    @Activate
    public DryRunPreview(BundleContext bundleContext, @Reference CustomerRepository customers,
            @Reference RunRepository runs) {
        this.classifiers = new ClassifierSelector(bundleContext)::select;
        this.customers = customers;
        this.runs = runs;
        this.policy = () -> tierPolicy;
    }

    DryRunPreview(Supplier<List<ClassifierHandle>> classifiers, CustomerRepository customers, RunRepository runs,
            Supplier<TierPolicy> policy) {
        this.classifiers = classifiers;
        this.customers = customers;
        this.runs = runs;
        this.policy = policy;
    }

    @Override
    public Preview preview(ConfigurationChange change) {
        RunInfo base = runs.latestRun().orElseThrow(() -> new IllegalStateException(
                "no finished run to compare with: run tierbench:classify first"));
        return change.pid().equals(TierPolicy.PID) ? previewPolicy(base, change) : previewClassifier(base, change);
    }

    private Preview previewPolicy(RunInfo base, ConfigurationChange change) {
        TierPolicy tiers = policy.get();
        if (tiers == null) {
            throw new IllegalStateException("no tier policy is installed (feature tierbench-tiering)");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (!change.complete()) {
            tiers.status().policy().ifPresent(inForce -> properties.putAll(inForce.configuration()));
        }
        properties.putAll(change.properties());
        TieringResult result = tiers.evaluate(base.runId(), Map.of(), properties);
        PreviewComparison comparison = new PreviewComparison(customers, runs, base.runId());
        comparison.compare(TierPolicy.CLASSIFIER_ID, TierPolicy.SCHEME, result.tiers());
        return new Preview(base.runId(), base.asOf(), change, comparison.matrices(), comparison.moves(),
                comparison.tagChanges(result.ruleTags()), result.warnings());
    }

    private Preview previewClassifier(RunInfo base, ConfigurationChange change) {
        if (change.complete()) {
            throw new IllegalArgumentException("a classifier preview changes some properties of the configuration in "
                    + "force: give them as key=value");
        }
        ClassifierHandle handle = classifiers.get().stream().filter(h -> h.pid().equals(change.pid())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no installed classifier has the configuration PID "
                        + change.pid() + ", nor is it " + TierPolicy.PID + " (installed: " + installedPids() + ")"));
        String classifierId = handle.identity().id();
        List<Classification> dryRun = classifyWithChanges(handle, change, base);
        PreviewComparison comparison = new PreviewComparison(customers, runs, base.runId());
        Set<String> schemes = new TreeSet<>(comparison.storedSchemes(classifierId));
        dryRun.forEach(classification -> schemes.add(classification.scheme()));
        schemes.forEach(scheme -> comparison.compare(classifierId, scheme, dryRun));
        List<String> notes = new ArrayList<>();
        notes.add("evaluated as of " + base.asOf() + ", the date of run " + base.runId() + "; the other classifiers "
                + "keep their labels of that run, also those that read " + classifierId + "'s results");
        TierPolicy tiers = policy.get();
        if (tiers == null || tiers.status().policy().isEmpty()) {
            notes.add("no tier policy in force: tiers and rule tags are not previewed");
            return new Preview(base.runId(), base.asOf(), change, comparison.matrices(), comparison.moves(), List.of(),
                    notes);
        }
        TieringResult result = tiers.evaluate(base.runId(), Map.of(classifierId, dryRun), null);
        comparison.compare(TierPolicy.CLASSIFIER_ID, TierPolicy.SCHEME, result.tiers());
        notes.addAll(result.warnings());
        return new Preview(base.runId(), base.asOf(), change, comparison.matrices(), comparison.moves(),
                comparison.tagChanges(result.ruleTags()), notes);
    }

    private List<Classification> classifyWithChanges(ClassifierHandle handle, ConfigurationChange change,
            RunInfo base) {
        Classifier running = handle.acquire();
        if (running == null) {
            throw new IllegalStateException("classifier " + handle.identity().id() + " is not available: see the log");
        }
        try {
            Classifier copy = running.withConfiguration(change.properties()).orElseThrow(() ->
                    new IllegalArgumentException("classifier " + handle.identity().id() + " cannot be previewed: it "
                            + "does not offer a copy with changed settings"));
            ClassifierResult result = copy.classify(new RunContext(customers, base.asOf()));
            return result.classifications();
        } catch (ClassificationException e) {
            throw new IllegalStateException("classifier " + handle.identity().id() + " with the changes cannot run: "
                    + e.getMessage(), e);
        } finally {
            handle.release();
        }
    }

    private String installedPids() {
        return String.join(", ", classifiers.get().stream().map(ClassifierHandle::pid).sorted().toList());
    }
}
