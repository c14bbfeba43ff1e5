package io.tierbench.engine.internal;

import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import java.time.LocalDate;
import java.util.Objects;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs every classifier registered at the moment a run starts over the repository for an as-of date, and stores the
 * run. Runs are serialised: a second request waits for the first to finish.
 */
@Component(service = ClassificationService.class)
public final class ClassificationEngine implements ClassificationService {

    private final ClassifierSelector selector;
    private final CustomerRepository customers;
    private final RunExecutor executor;

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
        return executor.execute(new RunContext(customers, asOf), selector.select());
    }
}
