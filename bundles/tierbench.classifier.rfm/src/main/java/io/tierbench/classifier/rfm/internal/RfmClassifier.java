package io.tierbench.classifier.rfm.internal;

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
 * RFM: recency, frequency and monetary scores 1..bins over the customers with purchases in the window, labelled
 * under two schemes, {@value RfmRun#SEGMENT_SCHEME} (the named segments of the R x FM grid) and
 * {@value RfmRun#VALUE_SCHEME} (the Chinese eight-class value model).
 *
 * <p>The configuration is validated in the constructor: an invalid one fails activation with a message naming
 * every problem, so no classifier with a half-applied configuration is ever registered. A configuration change
 * re-creates the component.
 */
@Component(service = Classifier.class, configurationPid = RfmClassifier.PID)
@ClassifierService(id = "rfm", name = "RFM", version = "1.0.0")
@Designate(ocd = RfmConfiguration.class)
public final class RfmClassifier implements Classifier {

    /** The configuration PID. */
    static final String PID = "tierbench.classifier.rfm";

    /** The configuration as given, so that a dry run can change some properties and keep the rest. */
    private final RfmConfiguration configuration;
    private final RfmSettings settings;

    /**
     * @throws IllegalArgumentException when the configuration is invalid, naming every problem
     */
    @Activate
    public RfmClassifier(RfmConfiguration configuration) {
        this(RfmSettings.from(configuration), Objects.requireNonNull(configuration, "configuration"));
    }

    RfmClassifier(RfmSettings settings) {
        this(settings, null);
    }

    private RfmClassifier(RfmSettings settings, RfmConfiguration configuration) {
        this.configuration = configuration;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public ClassifierResult classify(ClassificationContext context) throws ClassificationException {
        return RfmRun.classify(settings, context);
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
        return ConfigurationOverlay.reconfigured(RfmConfiguration.class, configuration, changes,
                RfmClassifier::new);
    }
}
