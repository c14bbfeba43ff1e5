package io.tierbench.classifier.potential.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.api.model.Label;
import io.tierbench.classifier.support.ConfigurationOverlay;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * B2B potential, scheme {@value PotentialRun#SCHEME}: how much more a company could buy, as the share of its
 * expected annual revenue (by industry and company size) that its revenue of the last 365 days already reaches.
 *
 * <p>The configuration is validated in the constructor: an invalid one fails activation with a message naming every
 * problem, so no classifier with a half-applied configuration is ever registered. A configuration change re-creates
 * the component.
 */
@Component(service = Classifier.class, configurationPid = PotentialClassifier.PID)
@ClassifierService(id = "potential", name = "Potential (B2B)", version = "1.0.0")
@Designate(ocd = PotentialConfiguration.class)
public final class PotentialClassifier implements Classifier {

    /** The configuration PID. */
    static final String PID = "tierbench.classifier.potential";

    /** The configuration as given, so that a dry run can change some properties and keep the rest. */
    private final PotentialConfiguration configuration;
    /** The {@code expected.*} properties as given, for the same reason. */
    private final Map<String, Object> table;
    private final PotentialSettings settings;
    private final Map<PotentialLevel, Label> labels;

    /**
     * @param properties every property of the PID, for the table {@code expected.<industry>.<size> = amount}
     * @throws IllegalArgumentException when the configuration is invalid, naming every problem
     */
    @Activate
    public PotentialClassifier(PotentialConfiguration configuration, Map<String, Object> properties) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        Map<String, Object> table = new HashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(ExpectedTable.PREFIX)) {
                table.put(key, value);
            }
        });
        this.table = Collections.unmodifiableMap(table);
        this.settings = PotentialSettings.from(configuration, table);
        this.labels = PotentialLabels.load();
    }

    @Override
    public ClassifierResult classify(ClassificationContext context) throws ClassificationException {
        return PotentialRun.classify(settings, labels, context);
    }

    @Override
    public Map<String, String> configuration() {
        return settings.describe();
    }

    /**
     * {@code expected.*} changes add to, replace or (with a blank value) blank out entries of the table; the other
     * properties are those of {@link PotentialConfiguration}.
     *
     * @return a copy with the changed properties
     * @throws IllegalArgumentException when a property is unknown or the changed configuration is invalid
     */
    @Override
    public Optional<Classifier> withConfiguration(Map<String, Object> changes) {
        Map<String, Object> changedTable = new HashMap<>(table);
        Map<String, Object> others = new HashMap<>();
        changes.forEach((key, value) -> (key.startsWith(ExpectedTable.PREFIX) ? changedTable : others)
                .put(key, value));
        return ConfigurationOverlay.reconfigured(PotentialConfiguration.class, configuration, others,
                changed -> new PotentialClassifier(changed, changedTable));
    }
}
