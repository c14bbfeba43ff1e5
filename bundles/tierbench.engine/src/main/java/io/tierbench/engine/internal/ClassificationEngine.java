package io.tierbench.engine.internal;

import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.TierPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every classifier registered at the moment a run starts over the repository for an as-of date, applies the
 * tier policy when one is installed, and stores the run. Runs are serialised: a second request waits for the first
 * to finish. Classifiers disabled in configuration {@value #PID} are left out.
 */
@Component(service = ClassificationService.class, configurationPid = ClassificationEngine.PID)
@Designate(ocd = EngineConfiguration.class)
public final class ClassificationEngine implements ClassificationService {

    /** The configuration PID. */
    static final String PID = "tierbench.engine";

    private static final Logger LOG = LoggerFactory.getLogger(ClassificationEngine.class);

    private final ClassifierSelector selector;
    private final CustomerRepository customers;
    private final RunExecutor executor;
    private volatile DisabledClassifiers disabled;

    /** Applied after the classifiers of every run when present; a run without it stores no tiers. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TierPolicy tierPolicy;

    @Activate
    public ClassificationEngine(BundleContext bundleContext, EngineConfiguration configuration,
            @Reference CustomerRepository customers, @Reference RunRepository runs) {
        this.selector = new ClassifierSelector(bundleContext);
        this.customers = customers;
        this.executor = new RunExecutor(runs);
        modified(configuration);
    }

    /** A changed list of disabled classifiers applies to the next run. */
    @Modified
    public void modified(EngineConfiguration configuration) {
        disabled = DisabledClassifiers.parse(configuration.classifiers_disabled());
    }

    @Override
    public synchronized RunReport classify(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        DisabledClassifiers leftOut = disabled;
        List<ClassifierHandle> found = selector.select();
        List<ClassifierHandle> used = leftOut.filter(found);
        if (used.size() < found.size()) {
            LOG.info("Classifiers left out of this run, as {} disables them: {}", PID, found.stream()
                    .map(handle -> handle.identity().id()).filter(leftOut.ids()::contains).sorted().toList());
        }
        return executor.execute(new RunContext(customers, asOf), used, tierPolicy);
    }
}
