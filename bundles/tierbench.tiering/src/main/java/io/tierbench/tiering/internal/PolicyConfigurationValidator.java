package io.tierbench.tiering.internal;

import io.tierbench.api.config.ConfigurationValidator;
import io.tierbench.api.config.ConfigurationValidatorService;
import io.tierbench.api.repository.RepositoryException;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.InvalidPolicyException;
import io.tierbench.api.tiering.TierPolicy;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Checks a tier policy configuration before it is written, with the parser the policy itself uses, so a client
 * profile whose policy would be rejected on arrival is refused before anything is applied. Classifier variables are
 * checked against the latest run when the repository is there, as {@link JexlTierPolicy} does on arrival.
 */
@Component(service = ConfigurationValidator.class)
@ConfigurationValidatorService(pid = TierPolicy.PID)
public final class PolicyConfigurationValidator implements ConfigurationValidator {

    private final PolicyParser parser = new PolicyParser(new RuleLanguage());
    private final Function<Map<String, ?>, ClassifierOutputs> outputs;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RunRepository runs;

    public PolicyConfigurationValidator() {
        this.outputs = this::ofLatestRun;
    }

    /** @param outputs what the classifiers produced, given the policy's properties (tests) */
    PolicyConfigurationValidator(Function<Map<String, ?>, ClassifierOutputs> outputs) {
        this.outputs = outputs;
    }

    @Override
    public List<String> validate(String pid, Map<String, Object> properties) {
        try {
            parser.parse(properties, outputs.apply(properties));
            return List.of();
        } catch (InvalidPolicyException e) {
            return e.problems();
        }
    }

    private ClassifierOutputs ofLatestRun(Map<String, ?> properties) {
        RunRepository repository = runs;
        if (repository == null) {
            return ClassifierOutputs.NONE;
        }
        boolean readsScores = properties.values().stream()
                .anyMatch(value -> String.valueOf(value).contains("." + Variables.SCORES + "."));
        try {
            return ClassifierOutputs.ofLatestRun(repository, readsScores);
        } catch (RepositoryException e) {
            return ClassifierOutputs.NONE;
        }
    }
}
