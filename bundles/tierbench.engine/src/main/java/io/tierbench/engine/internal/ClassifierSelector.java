package io.tierbench.engine.internal;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.api.repository.ClassifierInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Finds the classifiers registered right now, so a bundle installed while the runtime runs is used by the next run
 * without any tracker state to go stale (the Felix Health Checks executor works the same way).
 */
final class ClassifierSelector {

    static final String FILTER = "(" + ClassifierService.ID + "=*)";

    /** The PID of a classifier configured by no configuration yet, whose service therefore has no service.pid. */
    static final String PID_PREFIX = "tierbench.classifier.";

    private final BundleContext bundleContext;

    ClassifierSelector(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
    }

    /** @return one handle per registered classifier, ordered by id; the highest-ranked service wins a duplicate id */
    List<ClassifierHandle> select() {
        Collection<ServiceReference<Classifier>> references;
        try {
            references = bundleContext.getServiceReferences(Classifier.class, FILTER);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("classifier filter " + FILTER + " is invalid", e);
        }
        List<ServiceReference<Classifier>> sorted = new ArrayList<>(references);
        sorted.sort(Comparator.<ServiceReference<Classifier>, String>comparing(r -> text(r, ClassifierService.ID))
                .thenComparing(Comparator.reverseOrder()));
        List<ClassifierHandle> handles = new ArrayList<>();
        String previousId = null;
        for (ServiceReference<Classifier> reference : sorted) {
            String id = text(reference, ClassifierService.ID);
            if (!id.equals(previousId)) {
                handles.add(new ServiceClassifierHandle(bundleContext, reference));
            }
            previousId = id;
        }
        return handles;
    }

    static String text(ServiceReference<?> reference, String key) {
        Object value = reference.getProperty(key);
        return value == null ? "" : value.toString();
    }

    /** A handle on a service reference. */
    private static final class ServiceClassifierHandle implements ClassifierHandle {

        private final BundleContext bundleContext;
        private final ServiceReference<Classifier> reference;
        private final ClassifierInfo identity;
        private boolean acquired;

        ServiceClassifierHandle(BundleContext bundleContext, ServiceReference<Classifier> reference) {
            this.bundleContext = bundleContext;
            this.reference = reference;
            this.identity = new ClassifierInfo(text(reference, ClassifierService.ID),
                    text(reference, ClassifierService.NAME), text(reference, ClassifierService.VERSION), Map.of());
        }

        @Override
        public ClassifierInfo identity() {
            return identity;
        }

        @Override
        public Classifier acquire() {
            Classifier classifier = bundleContext.getService(reference);
            acquired = classifier != null;
            return classifier;
        }

        @Override
        public String pid() {
            Object pid = reference.getProperty(Constants.SERVICE_PID);
            return pid instanceof String text ? text : ClassifierHandle.super.pid();
        }

        @Override
        public boolean isPresent() {
            return reference.getBundle() != null;
        }

        @Override
        public void release() {
            if (acquired) {
                bundleContext.ungetService(reference);
                acquired = false;
            }
        }
    }
}
