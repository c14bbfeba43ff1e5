package io.tierbench.classifier.abc.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.api.model.Label;
import io.tierbench.classifier.support.ConfigurationOverlay;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * ABC (Pareto): every customer ranked by revenue in the window, descending, ties by external id, and classed A, B
 * or C from the cumulative share of the customers before it, under the scheme {@value AbcRun#SCHEME}.
 *
 * <p>The configuration is validated in the constructor: an invalid one fails activation with a message naming every
 * problem, so no classifier with a half-applied configuration is ever registered. A configuration change re-creates
 * the component.
 */
@Component(service = Classifier.class, configurationPid = AbcClassifier.PID)
@ClassifierService(id = "abc", name = "ABC (Pareto)", version = "1.0.0")
@Designate(ocd = AbcConfiguration.class)
public final class AbcClassifier implements Classifier {

    /** The configuration PID. */
    static final String PID = "tierbench.classifier.abc";

    /** The configuration as given, so that a dry run can change some properties and keep the rest. */
    private final AbcConfiguration configuration;
    private final AbcSettings settings;
    private final Map<AbcClass, Label> labels;

    /**
     * @throws IllegalArgumentException when the configuration is invalid, naming every problem
     */
    @Activate
    public AbcClassifier(AbcConfiguration configuration) {
        this(AbcSettings.from(configuration), Objects.requireNonNull(configuration, "configuration"));
    }

    AbcClassifier(AbcSettings settings) {
        this(settings, null);
    }

    private AbcClassifier(AbcSettings settings, AbcConfiguration configuration) {
        this.configuration = configuration;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.labels = BundledLabels.load();
    }

    @Override
    public ClassifierResult classify(ClassificationContext context) throws ClassificationException {
        return AbcRun.classify(settings, labels, context);
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
        return ConfigurationOverlay.reconfigured(AbcConfiguration.class, configuration, changes,
                AbcClassifier::new);
    }
}
