package io.tierbench.classifier.jade.internal;

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
 * The jade (翡翠) edition's classifier: each customer's preference (scheme {@value PreferenceRule#SCHEME}:
 * collection, wearing, investment, mixed or unknown) and membership level (scheme {@value MembershipRule#SCHEME}:
 * diamond, gold, silver, regular or none).
 *
 * <p>The configuration is validated in the constructor: an invalid one fails activation with a message naming every
 * problem, so no classifier with a half-applied configuration is ever registered. A configuration change re-creates
 * the component.
 */
@Component(service = Classifier.class, configurationPid = JadeClassifier.PID)
@ClassifierService(id = "jade", name = "Jade (翡翠) preference and membership", version = "1.0.0")
@Designate(ocd = JadeConfiguration.class)
public final class JadeClassifier implements Classifier {

    /** The configuration PID. */
    static final String PID = "tierbench.classifier.jade";

    /** The configuration as given, so that a dry run can change some properties and keep the rest. */
    private final JadeConfiguration configuration;
    private final JadeSettings settings;
    private final JadeLabels labels;

    /**
     * @throws IllegalArgumentException when the configuration is invalid, naming every problem
     */
    @Activate
    public JadeClassifier(JadeConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.settings = JadeSettings.from(configuration);
        this.labels = JadeLabels.load();
    }

    @Override
    public ClassifierResult classify(ClassificationContext context) throws ClassificationException {
        return JadeRun.classify(settings, labels, context);
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
        return ConfigurationOverlay.reconfigured(JadeConfiguration.class, configuration, changes,
                JadeClassifier::new);
    }
}
