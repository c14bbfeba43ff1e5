package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.api.clv.LifetimeModelService;
import io.tierbench.api.model.Label;
import io.tierbench.classifier.support.ConfigurationOverlay;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Lifecycle stage (potential, won back, new, churned, at risk, active) of every customer, under the scheme
 * {@value LifecycleRun#SCHEME}, with P(alive) from the CLV lifetime model when that bundle is installed.
 *
 * <p>The lifetime model is an optional, dynamic, greedy reference: the classifier is registered without it, picks
 * it up when it arrives (or a better-ranked one) and lets it go when it leaves, without being re-created. Each run
 * reads the field once, so a model leaving mid-run does not change the rules half-way.
 */
@Component(service = Classifier.class, configurationPid = LifecycleClassifier.PID)
@ClassifierService(id = "lifecycle", name = "Lifecycle stage", version = "1.0.0")
@Designate(ocd = LifecycleConfiguration.class)
public final class LifecycleClassifier implements Classifier {

    /** The configuration PID. */
    static final String PID = "tierbench.classifier.lifecycle";

    /** The configuration as given, so that a dry run can change some properties and keep the rest. */
    private final LifecycleConfiguration configuration;
    private final LifecycleSettings settings;
    private final Map<Stage, Label> labels;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LifetimeModelService lifetimeModel;

    /**
     * @throws IllegalArgumentException when the configuration is invalid, naming every problem
     */
    @Activate
    public LifecycleClassifier(LifecycleConfiguration configuration) {
        this(configuration, null);
    }

    LifecycleClassifier(LifecycleConfiguration configuration, LifetimeModelService lifetimeModel) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.settings = LifecycleSettings.from(configuration);
        this.labels = BundledLabels.load();
        this.lifetimeModel = lifetimeModel;
    }

    LifecycleClassifier(LifecycleSettings settings, LifetimeModelService lifetimeModel) {
        this.configuration = null;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.labels = BundledLabels.load();
        this.lifetimeModel = lifetimeModel;
    }

    @Override
    public ClassifierResult classify(ClassificationContext context) throws ClassificationException {
        return LifecycleRun.classify(settings, labels, lifetimeModel, context);
    }

    @Override
    public Map<String, String> configuration() {
        return settings.describe();
    }

    /**
     * @return a copy with the changed properties, or empty for an instance built from settings (tests)
     * @throws IllegalArgumentException when a property is unknown or the changed configuration is invalid
     */
    @Override
    public Optional<Classifier> withConfiguration(Map<String, Object> changes) {
        return ConfigurationOverlay.reconfigured(LifecycleConfiguration.class, configuration, changes,
                changed -> new LifecycleClassifier(changed, lifetimeModel));
    }
}
