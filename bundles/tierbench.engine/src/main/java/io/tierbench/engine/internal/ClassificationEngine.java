package io.tierbench.engine.internal;

import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.TierPolicy;
import java.time.LocalDate;
import java.util.Objects;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Runs every classifier registered at the moment a run starts over the repository for an as-of date, applies the
 * tier policy when one is installed, and stores the run. Runs are serialised: a second request waits for the first
 * to finish.
 */
@Component(service = ClassificationService.class)
public final class ClassificationEngine implements ClassificationService {

    private final ClassifierSelector selector;
    private final CustomerRepository customers;
    private final RunExecutor executor;

    /** Applied after the classifiers of every run when present; a run without it stores no tiers. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TierPolicy tierPolicy;

    @Activate
    public ClassificationEngine(BundleContext bundleContext, @Reference CustomerRepository customers,
            @Reference RunRepository runs) {
        this.selector = new ClassifierSelector(bundleContext);
        this.customers = customers;
        this.executor = new RunExecutor(runs);
    }

    @Override
    public synchronized RunReport classify(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return executor.execute(new RunContext(customers, asOf), selector.select(), tierPolicy);
    }
}
