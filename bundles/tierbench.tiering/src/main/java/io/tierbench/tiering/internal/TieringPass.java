package io.tierbench.tiering.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.model.TierOverride;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.repository.StoredClassification;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.api.tiering.TieringResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies a policy to every customer of a run, reading each input once: the run's classifications are streamed in
 * customer order and each customer is decided as soon as its rows are read, so memory holds one customer's
 * classifications, plus the per-customer inputs the policy reads (facts always; customers, windowed purchases,
 * interactions and tags only when a rule reads them). Writes nothing.
 */
final class TieringPass {

    private final CustomerRepository customers;
    private final RunRepository runs;

    TieringPass(CustomerRepository customers, RunRepository runs) {
        this.customers = customers;
        this.runs = runs;
    }

    /**
     * @param replacements classifications used instead of the stored ones, per classifier id
     * @throws IllegalArgumentException when the run is unknown
     */
    TieringResult run(ParsedPolicy policy, PolicyEvaluator evaluator, long runId,
            Map<String, List<Classification>> replacements) {
        RunInfo run = runs.run(runId).orElseThrow(() -> new IllegalArgumentException("unknown run " + runId));
        LocalDate asOf = run.asOf();
        Inputs inputs = Inputs.read(customers, policy, asOf);
        Map<String, Map<String, List<Classification>>> replaced = byCustomer(replacements);
        Outcomes outcomes = new Outcomes();
        Set<String> decided = new HashSet<>();
        Map<String, List<Classification>> current = new TreeMap<>();
        String[] currentCustomer = {null};
        runs.forEachClassification(runId, stored -> {
            String customerId = stored.classification().customerId();
            if (!customerId.equals(currentCustomer[0])) {
                decide(currentCustomer[0], current, inputs, replaced, evaluator, asOf, outcomes, decided);
                current.clear();
                currentCustomer[0] = customerId;
            }
            if (keep(stored, replacements)) {
                current.computeIfAbsent(stored.classifierId(), id -> new ArrayList<>()).add(stored.classification());
            }
        });
        decide(currentCustomer[0], current, inputs, replaced, evaluator, asOf, outcomes, decided);
        for (String customerId : inputs.facts().keySet()) {
            if (!decided.contains(customerId)) {
                decide(customerId, new TreeMap<>(), inputs, replaced, evaluator, asOf, outcomes, decided);
            }
        }
        return outcomes.result(runId, asOf, evaluator.classifierRoots());
    }

    private static boolean keep(StoredClassification stored, Map<String, List<Classification>> replacements) {
        return !stored.classifierId().equals(TierPolicy.CLASSIFIER_ID) && !replacements.containsKey(stored.classifierId());
    }

    private static void decide(String customerId, Map<String, List<Classification>> stored, Inputs inputs,
            Map<String, Map<String, List<Classification>>> replaced, PolicyEvaluator evaluator, LocalDate asOf,
            Outcomes outcomes, Set<String> decided) {
        if (customerId == null || !inputs.facts().containsKey(customerId)) {
            return;
        }
        Map<String, List<Classification>> classifications = new TreeMap<>(stored);
        classifications.putAll(replaced.getOrDefault(customerId, Map.of()));
        Decision decision = evaluator.decide(new CustomerInputs(customerId, inputs.customers().get(customerId),
                inputs.facts().get(customerId), inputs.windows().get(customerId),
                inputs.interactions().get(customerId), inputs.tags().getOrDefault(customerId, Set.of()),
                classifications, inputs.overrides().get(customerId)), asOf);
        outcomes.add(decision, classifications.keySet());
        decided.add(customerId);
    }

    private static Map<String, Map<String, List<Classification>>> byCustomer(
            Map<String, List<Classification>> replacements) {
        Map<String, Map<String, List<Classification>>> byCustomer = new HashMap<>();
        replacements.forEach((classifierId, classifications) -> classifications.forEach(c -> byCustomer
                .computeIfAbsent(c.customerId(), id -> new TreeMap<>())
                .computeIfAbsent(classifierId, id -> new ArrayList<>()).add(c)));
        return byCustomer;
    }

    /** The per-customer inputs besides the classifications, each read only when the policy needs it. */
    private record Inputs(Map<String, PurchaseFacts> facts, Map<String, Customer> customers,
            Map<String, PurchaseWindows.Counts> windows, Map<String, InteractionCounts.Counts> interactions,
            Map<String, Set<String>> tags, Map<String, TierOverride> overrides) {

        static Inputs read(CustomerRepository repository, ParsedPolicy policy, LocalDate asOf) {
            Map<String, PurchaseFacts> facts = new LinkedHashMap<>();
            repository.forEachPurchaseFacts(null, asOf, f -> facts.put(f.customerId(), f));
            Map<String, Customer> customers = new HashMap<>();
            if (policy.roots().contains(Variables.CUSTOMER)) {
                repository.forEachCustomer(c -> customers.put(c.externalId(), c));
            }
            Map<String, PurchaseWindows.Counts> windows = policy.reads(Variables.FACTS, Variables::isWindowed)
                    ? withNone(PurchaseWindows.read(repository, asOf), facts.keySet(), PurchaseWindows.Counts.none())
                    : Map.of();
            Map<String, InteractionCounts.Counts> interactions = policy.roots().contains(Variables.INTERACTIONS)
                    ? withNone(InteractionCounts.read(repository, asOf), facts.keySet(), InteractionCounts.Counts.none())
                    : Map.of();
            Map<String, Set<String>> tags = new HashMap<>();
            if (policy.readsTags()) {
                repository.forEachTag(tag -> {
                    if (!tag.source().equals(CustomerTag.RULE)) {
                        Set<String> ofCustomer = tags.computeIfAbsent(tag.customerId(), id -> new HashSet<>());
                        ofCustomer.add(tag.name());
                        ofCustomer.add(tag.qualifiedName());
                    }
                });
            }
            Map<String, TierOverride> overrides = new HashMap<>();
            repository.tierOverrides().forEach(o -> overrides.put(o.customerId(), o));
            return new Inputs(facts, customers, windows, interactions, tags, overrides);
        }

        /** Customers with nothing in the windows get zero counts, not "unknown". */
        private static <T> Map<String, T> withNone(Map<String, T> counts, Set<String> everyone, T none) {
            everyone.forEach(id -> counts.putIfAbsent(id, none));
            return counts;
        }
    }

    /** Collects the decisions and what the result reports about them. */
    private static final class Outcomes {

        private final List<Classification> tiers = new ArrayList<>();
        private final List<CustomerTag> ruleTags = new ArrayList<>();
        private final Map<String, Long> errors = new TreeMap<>();
        private final Map<String, String> firstError = new LinkedHashMap<>();
        private final Set<String> labelledBy = new HashSet<>();
        private long overridden;

        void add(Decision decision, Set<String> classifierIds) {
            tiers.add(decision.tier());
            ruleTags.addAll(decision.ruleTags());
            if (decision.overridden()) {
                overridden++;
            }
            decision.errors().forEach((key, reason) -> {
                errors.merge(key, 1L, Long::sum);
                firstError.putIfAbsent(key, decision.tier().customerId() + ": " + reason);
            });
            classifierIds.forEach(id -> labelledBy.add(ClassifierOutputs.rootOf(id)));
        }

        TieringResult result(long runId, LocalDate asOf, Set<String> classifierRoots) {
            tiers.sort(Comparator.comparing(Classification::customerId));
            ruleTags.sort(Comparator.comparing(CustomerTag::customerId).thenComparing(CustomerTag::qualifiedName));
            List<String> warnings = new ArrayList<>();
            classifierRoots.stream().filter(root -> !labelledBy.contains(root)).sorted().forEach(root -> warnings.add(
                    "the policy reads " + root + ", which labelled nobody in run " + runId + ": its variables were "
                            + "null"));
            errors.forEach((key, count) -> warnings.add(key + " could not be evaluated for " + count
                    + " customer(s), e.g. " + firstError.get(key)));
            return new TieringResult(runId, asOf, tiers, ruleTags, overridden, errors, warnings);
        }
    }
}
