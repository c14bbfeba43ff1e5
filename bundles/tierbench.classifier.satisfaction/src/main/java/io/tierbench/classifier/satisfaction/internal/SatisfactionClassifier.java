package io.tierbench.classifier.satisfaction.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.classifier.support.ConfigurationOverlay;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Satisfaction from interactions, labelled under two schemes: {@value SatisfactionRun#LEVEL_SCHEME} (high, medium,
 * low, or unknown when there is no evidence) and {@value SatisfactionRun#NPS_SCHEME} (the category of the
 * customer's latest NPS answer). The run summary carries the company NPS.
 *
 * <p>The configuration is validated in the constructor: an invalid one fails activation with a message naming
 * every problem, so no classifier with a half-applied configuration is ever registered. A configuration change
 * re-creates the component.
 */
@Component(service = Classifier.class, configurationPid = SatisfactionClassifier.PID)
@ClassifierService(id = "satisfaction", name = "Satisfaction", version = "1.0.0")
@Designate(ocd = SatisfactionConfiguration.class)
public final class SatisfactionClassifier implements Classifier {

    /** The configuration PID. */
    static final String PID = "tierbench.classifier.satisfaction";

    /** The configuration as given, so that a dry run can change some properties and keep the rest. */
    private final SatisfactionConfiguration configuration;
    private final SatisfactionSettings settings;
    private final SatisfactionLabels labels;

    /**
     * @throws IllegalArgumentException when the configuration is invalid, naming every problem
     */
    @Activate
    public SatisfactionClassifier(SatisfactionConfiguration configuration) {
        this(SatisfactionSettings.from(configuration), Objects.requireNonNull(configuration, "configuration"));
    }

    SatisfactionClassifier(SatisfactionSettings settings) {
        this(settings, null);
    }

    private SatisfactionClassifier(SatisfactionSettings settings, SatisfactionConfiguration configuration) {
        this.configuration = configuration;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.labels = SatisfactionLabels.load();
    }

    @Override
    public ClassifierResult classify(ClassificationContext context) throws ClassificationException {
        return SatisfactionRun.classify(settings, labels, context);
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
        return ConfigurationOverlay.reconfigured(SatisfactionConfiguration.class, configuration, changes,
                SatisfactionClassifier::new);
    }
}
