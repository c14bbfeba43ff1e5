package io.tierbench.classifier.frequency.internal;

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
 * Purchase and interaction frequency, under two schemes from one pass: {@value FrequencyRun#PURCHASES_SCHEME}
 * (distinct purchase days in the purchase window: frequent, regular, occasional, one-time, none) and
 * {@value FrequencyRun#INTERACTIONS_SCHEME} (interactions in the interaction window: very-active, active,
 * occasional, silent). Every customer of the base gets one label per scheme.
 *
 * <p>The configuration is validated in the constructor: an invalid one fails activation with a message naming every
 * problem, so no classifier with a half-applied configuration is ever registered. A configuration change re-creates
 * the component.
 */
@Component(service = Classifier.class, configurationPid = FrequencyClassifier.PID)
@ClassifierService(id = "frequency", name = "Purchase and interaction frequency", version = "1.0.0")
@Designate(ocd = FrequencyConfiguration.class)
public final class FrequencyClassifier implements Classifier {

    /** The configuration PID. */
    static final String PID = "tierbench.classifier.frequency";

    /** The configuration as given, so that a dry run can change some properties and keep the rest. */
    private final FrequencyConfiguration configuration;
    private final FrequencySettings settings;
    private final FrequencyLabels labels;

    /**
     * @throws IllegalArgumentException when the configuration is invalid, naming every problem
     */
    @Activate
    public FrequencyClassifier(FrequencyConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.settings = FrequencySettings.from(configuration);
        this.labels = FrequencyLabels.load(settings);
    }

    @Override
    public ClassifierResult classify(ClassificationContext context) throws ClassificationException {
        return FrequencyRun.classify(settings, labels, context);
    }

    @Override
    public Map<String, String> configuration() {
        return settings.describe();
    }

    /**
     * @return a copy with the changed properties
     * @throws IllegalArgumentException when a property is unknown or the changed configuration is invalid
     */
    @Override
    public Optional<Classifier> withConfiguration(Map<String, Object> changes) {
        return ConfigurationOverlay.reconfigured(FrequencyConfiguration.class, configuration, changes,
                FrequencyClassifier::new);
    }
}
