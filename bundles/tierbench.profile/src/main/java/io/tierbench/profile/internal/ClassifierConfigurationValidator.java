package io.tierbench.profile.internal;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.api.config.ConfigurationValidator;
import io.tierbench.api.config.ConfigurationValidatorService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Checks a classifier's configuration by building the classifier with it: {@link Classifier#withConfiguration}
 * validates like activation does and throws naming every problem. The classifier is the registered one whose
 * configuration PID is the file's: its {@code service.pid}, else {@code tierbench.classifier.<id>}, as the engine
 * names it. A classifier that is not installed, or that cannot make a copy, is not checked here.
 */
@Component(service = ConfigurationValidator.class)
@ConfigurationValidatorService(pid = "tierbench.classifier.*")
public final class ClassifierConfigurationValidator implements ConfigurationValidator {

    /** Runs a check with the classifier of a PID while holding its service; empty when there is none. */
    interface ClassifierLookup {
        Optional<List<String>> withClassifier(String pid, Function<Classifier, List<String>> check);
    }

    private final ClassifierLookup classifiers;

    @Activate
    public ClassifierConfigurationValidator(BundleContext context) {
        this((pid, check) -> withService(context, pid, check));
    }

    ClassifierConfigurationValidator(ClassifierLookup classifiers) {
        this.classifiers = classifiers;
    }

    @Override
    public List<String> validate(String pid, Map<String, Object> properties) {
        return classifiers.withClassifier(pid, classifier -> {
            try {
                classifier.withConfiguration(properties);
                return List.of();
            } catch (IllegalArgumentException e) {
                return List.of(e.getMessage());
            }
        }).orElse(List.of());
    }

    private static Optional<List<String>> withService(BundleContext context, String pid,
            Function<Classifier, List<String>> check) {
        try {
            for (ServiceReference<Classifier> reference : context.getServiceReferences(Classifier.class,
                    "(" + ClassifierService.ID + "=*)")) {
                if (pid.equals(pidOf(reference))) {
                    Classifier classifier = context.getService(reference);
                    if (classifier == null) {
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(check.apply(classifier));
                    } finally {
                        context.ungetService(reference);
                    }
                }
            }
            return Optional.empty();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("the classifier filter is invalid", e);
        }
    }

    /** As the engine names a classifier's PID: {@code service.pid}, else {@code tierbench.classifier.<id>}. */
    static String pidOf(ServiceReference<?> reference) {
        Object pid = reference.getProperty(Constants.SERVICE_PID);
        if (pid instanceof String text) {
            return text;
        }
        return "tierbench.classifier." + reference.getProperty(ClassifierService.ID);
    }
}
