package io.tierbench.tiering.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryException;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.InvalidPolicyException;
import io.tierbench.api.tiering.PolicyStatus;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.api.tiering.TieringResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tier policy of configuration {@value TierPolicy#PID}, with rules in JEXL. A configuration is validated whole
 * when it arrives; one that does not validate is rejected with every problem logged and shown by
 * {@link #status()}, and the policy in force stays.
 *
 * <p>The configuration has no metatype: its keys are the consultant's own tiers, rules and tags, which a fixed form
 * cannot list (the format is documented in {@link PolicyParser} and in the shipped {@code tierbench.tiering.cfg}).
 */
@Component(service = TierPolicy.class, configurationPid = TierPolicy.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class JexlTierPolicy implements TierPolicy {

    static final String VERSION = "1.0.0";

    private static final Logger LOG = LoggerFactory.getLogger(JexlTierPolicy.class);

    private record State(ParsedPolicy inForce, String rejection) {
    }

    private final CustomerRepository customers;
    private final RunRepository runs;
    private final RuleLanguage language = new RuleLanguage();
    private final PolicyParser parser = new PolicyParser(language);
    private volatile State state = new State(null, null);

    @Activate
    public JexlTierPolicy(Map<String, Object> properties, @Reference(name = "customers") CustomerRepository customers,
            @Reference(name = "runs") RunRepository runs) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.runs = Objects.requireNonNull(runs, "runs");
        load(properties);
    }

    /** A new configuration: in force when it validates, else rejected with the previous policy kept. */
    @Modified
    public void load(Map<String, ?> properties) {
        State previous = state;
        try {
            ParsedPolicy policy = parser.parse(properties, outputs(properties));
            state = new State(policy, null);
            LOG.info("Tier policy in force: {} tiers, {} rules, {} tag rules", policy.description().tiers().size(),
                    policy.rules().size(), policy.tagRules().size());
            policy.warnings().forEach(warning -> LOG.warn("Tier policy: {}", warning));
        } catch (InvalidPolicyException e) {
            state = new State(previous.inForce(), e.getMessage());
            LOG.error("{}; {}", e.getMessage(), previous.inForce() == null ? "no tier policy is in force"
                    : "the previous tier policy stays in force");
        }
    }

    @Override
    public PolicyStatus status() {
        State current = state;
        ParsedPolicy policy = current.inForce();
        return new PolicyStatus(policy == null ? null : policy.description(), current.rejection(),
                policy == null ? List.of() : policy.warnings());
    }

    @Override
    public TieringResult apply(long runId) {
        ParsedPolicy policy = inForce();
        TieringResult result = pass(policy, runId, Map.of());
        runs.saveResults(runId, new ClassifierInfo(CLASSIFIER_ID, "Tier policy", VERSION,
                policy.description().configuration()), summary(result), result.tiers());
        try (RepositoryTransaction transaction = customers.begin()) {
            transaction.replaceTags(CustomerTag.RULE,
                    result.tiers().stream().map(Classification::customerId).toList(), result.ruleTags());
            transaction.commit();
        }
        LOG.info("Run {}: tier policy applied to {} customers; {}", runId, result.tiers().size(), summary(result));
        return result;
    }

    @Override
    public TieringResult evaluate(long runId, Map<String, List<Classification>> replacements,
            Map<String, Object> policy) {
        ParsedPolicy parsed = policy == null ? inForce() : parser.parse(policy, outputs(policy));
        return pass(parsed, runId, replacements);
    }

    private TieringResult pass(ParsedPolicy policy, long runId, Map<String, List<Classification>> replacements) {
        return new TieringPass(customers, runs).run(policy, new PolicyEvaluator(policy, language), runId,
                replacements);
    }

    private ParsedPolicy inForce() {
        State current = state;
        if (current.inForce() == null) {
            throw new IllegalStateException("no tier policy in force: " + (current.rejection() == null
                    ? "no configuration " + PID : current.rejection()));
        }
        return current.inForce();
    }

    /** Score names cost a read of the whole latest run, so they are read only for a policy that reads scores. */
    private ClassifierOutputs outputs(Map<String, ?> properties) {
        boolean readsScores = properties.values().stream()
                .anyMatch(value -> String.valueOf(value).contains("." + Variables.SCORES + "."));
        try {
            return ClassifierOutputs.ofLatestRun(runs, readsScores);
        } catch (RepositoryException e) {
            LOG.warn("Tier policy: classifier variables are not checked, the latest run cannot be read: {}",
                    e.getMessage());
            return ClassifierOutputs.NONE;
        }
    }

    /** @return counts per tier, overrides, rule tags and warnings, in one line for the run's record */
    static String summary(TieringResult result) {
        Map<String, Long> tiers = result.tiers().stream()
                .collect(Collectors.groupingBy(c -> c.label().key(), TreeMap::new, Collectors.counting()));
        Map<String, Long> tags = result.ruleTags().stream()
                .collect(Collectors.groupingBy(CustomerTag::qualifiedName, TreeMap::new, Collectors.counting()));
        StringBuilder summary = new StringBuilder("tiers: ").append(joined(tiers))
                .append("; manual overrides: ").append(result.overridden())
                .append("; rule tags: ").append(tags.isEmpty() ? "none" : joined(tags));
        result.warnings().forEach(warning -> summary.append("; ").append(warning));
        return summary.toString();
    }

    private static String joined(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
