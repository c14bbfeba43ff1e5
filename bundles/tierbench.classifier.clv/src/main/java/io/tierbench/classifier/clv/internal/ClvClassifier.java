package io.tierbench.classifier.clv.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.api.clv.LifetimeModel;
import io.tierbench.api.clv.LifetimeModelService;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.classifier.support.ConfigurationOverlay;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Customer lifetime value, labelled under the schemes {@value ClvRun#PREDICTIVE} (BG/NBD x Gamma-Gamma, discounted)
 * and {@value ClvRun#HISTORICAL}; and the fitted lifetime model as a {@link LifetimeModelService}, so the lifecycle
 * classifier can use P(alive). One component for both, so they share the configuration and the per-run fit: the
 * model is fitted once per run, by whichever asks first.
 *
 * <p>The configuration is validated in the constructor: an invalid one fails activation with a message naming every
 * problem. A configuration change re-creates the component, and with it the cache.
 */
@Component(service = {Classifier.class, LifetimeModelService.class}, configurationPid = ClvClassifier.PID)
@ClassifierService(id = "clv", name = "Customer lifetime value", version = "1.0.0")
@Designate(ocd = ClvConfiguration.class)
public final class ClvClassifier implements Classifier, LifetimeModelService {

    /** The configuration PID. */
    static final String PID = "tierbench.classifier.clv";

    /** The configuration as given, so that a dry run can change some properties and keep the rest. */
    private final ClvConfiguration configuration;
    private final ClvSettings settings;
    private final FitCache fits;

    /** @throws IllegalArgumentException when the configuration is invalid, naming every problem */
    @Activate
    public ClvClassifier(ClvConfiguration configuration) {
        this(ClvSettings.from(configuration), Objects.requireNonNull(configuration, "configuration"));
    }

    ClvClassifier(ClvSettings settings) {
        this(settings, null);
    }

    private ClvClassifier(ClvSettings settings, ClvConfiguration configuration) {
        this.configuration = configuration;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fits = new FitCache(this::fitNow);
    }

    @Override
    public ClassifierResult classify(ClassificationContext context) throws ClassificationException {
        checkAsOf(context);
        if (!settings.predictive()) {
            return ClvRun.classify(settings, context, null, null);
        }
        try {
            return ClvRun.classify(settings, context, fits.get(context), null);
        } catch (ClassificationException e) {
            if (!settings.historical()) {
                throw e;
            }
            // A base the model cannot be fitted on still has a historical CLV; say why the predictive one is missing.
            return ClvRun.classify(settings, context, null, "Predictive CLV not computed: " + e.getMessage());
        }
    }

    @Override
    public LifetimeModel fit(ClassificationContext context) throws ClassificationException {
        checkAsOf(context);
        return fits.get(context);
    }

    @Override
    public Map<String, String> configuration() {
        return settings.describe();
    }

    private FittedLifetimeModel fitNow(ClassificationContext context) throws ClassificationException {
        LocalDate asOf = context.asOf();
        Map<String, CalibrationSummary> customers = new LinkedHashMap<>();
        for (PurchaseFacts facts : context.facts()) {
            if (!facts.hasPurchases()) {
                continue;
            }
            if (facts.lastPurchase() == null || facts.lastPurchase().isAfter(asOf)) {
                throw new ClassificationException("CLV got facts that contradict the as-of date " + asOf
                        + ": customer " + facts.customerId() + " has its last purchase on " + facts.lastPurchase());
            }
            customers.put(facts.customerId(), CalibrationSummary.of(facts, asOf, settings.unit()));
        }
        LifetimeFit fit = settings.fitter().fitter().fit(List.copyOf(customers.values()));
        return new FittedLifetimeModel(asOf, settings.unit(), fit, customers);
    }

    private static void checkAsOf(ClassificationContext context) throws ClassificationException {
        if (context.asOf() == null) {
            throw new ClassificationException("CLV cannot run without an as-of date");
        }
    }

    /**
     * @return a copy with the changed properties, or empty for an instance built from settings (tests)
     * @throws IllegalArgumentException when a property is unknown or the changed configuration is invalid
     */
    @Override
    public Optional<Classifier> withConfiguration(Map<String, Object> changes) {
        return ConfigurationOverlay.reconfigured(ClvConfiguration.class, configuration, changes,
                ClvClassifier::new);
    }
}
