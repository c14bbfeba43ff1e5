package io.tierbench.classifier.potential.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One potential run: reads every customer's industry, size and last-365-day revenue, computes the peer benchmarks
 * once, then labels each customer by the share of its expected annual revenue it already buys.
 */
final class PotentialRun {

    /** The only labelling scheme of the classifier. */
    static final String SCHEME = "potential";

    private final PotentialSettings settings;
    private final Map<PotentialLevel, Label> labels;
    private final LocalDate windowStart;
    private final String window;
    private final String rule;
    private final Map<PotentialLevel, Integer> levelCounts = new EnumMap<>(PotentialLevel.class);
    private final Map<Basis, Integer> basisCounts = new EnumMap<>(Basis.class);

    private PotentialRun(PotentialSettings settings, Map<PotentialLevel, Label> labels, LocalDate asOf) {
        this.settings = settings;
        this.labels = labels;
        this.windowStart = asOf.minusDays(PotentialSettings.YEAR_DAYS - 1L);
        this.window = "the last " + PotentialSettings.YEAR_DAYS + " days (" + windowStart + " to " + asOf
                + ", the as-of day included)";
        this.rule = "Rule: realised share = revenue in the last 365 days / expected annual revenue; high below "
                + Shares.format(settings.highBelow()) + ", medium below " + Shares.format(settings.mediumBelow())
                + ", else realised; expected from the configured expected.<industry>.<size>, else the "
                + Ordinals.of(settings.percentile()) + " percentile of the active peers' last-365-day revenue in "
                + "the same industry and size when at least " + settings.minPeers() + ", else the same size, else "
                + "the same industry; none -> unknown.";
    }

    /**
     * @throws ClassificationException when the context has no as-of date
     */
    static ClassifierResult classify(PotentialSettings settings, Map<PotentialLevel, Label> labels,
            ClassificationContext context) throws ClassificationException {
        if (context.asOf() == null) {
            throw new ClassificationException("the potential classifier cannot run without an as-of date");
        }
        return new PotentialRun(settings, labels, context.asOf()).classify(context);
    }

    private ClassifierResult classify(ClassificationContext context) {
        Map<String, BigDecimal> revenue = new HashMap<>();
        context.facts(windowStart).forEach(facts -> revenue.put(facts.customerId(), facts.totalSpend()));
        Map<String, CustomerProfile> profilesById = new HashMap<>();
        context.forEachCustomer(customer -> profilesById.put(customer.externalId(), CustomerProfile.of(
                customer.externalId(), Optional.of(customer), revenue.getOrDefault(customer.externalId(),
                        BigDecimal.ZERO), settings.sizes())));
        List<CustomerProfile> profiles = new ArrayList<>();
        for (PurchaseFacts facts : context.facts()) {
            String id = facts.customerId();
            CustomerProfile profile = profilesById.get(id);
            profiles.add(profile != null ? profile : CustomerProfile.of(id, Optional.empty(),
                    revenue.getOrDefault(id, BigDecimal.ZERO), settings.sizes()));
        }
        PeerBenchmarks benchmarks = PeerBenchmarks.of(profiles, settings);
        List<Classification> classifications = new ArrayList<>(profiles.size());
        for (CustomerProfile profile : profiles) {
            classifications.add(classify(profile, Expectation.resolve(profile, settings, benchmarks)));
        }
        return new ClassifierResult(classifications, summary(context.asOf(), profiles.size(), benchmarks));
    }

    private Classification classify(CustomerProfile profile, Expectation expectation) {
        basisCounts.merge(expectation.basis(), 1, Integer::sum);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (!expectation.known()) {
            levelCounts.merge(PotentialLevel.UNKNOWN, 1, Integer::sum);
            scores.put("current_annual", profile.current());
            scores.put("basis", BigDecimal.valueOf(Basis.NONE.code()));
            return new Classification(profile.customerId(), SCHEME, labels.get(PotentialLevel.UNKNOWN), scores,
                    unknown(profile, expectation));
        }
        BigDecimal expected = expectation.amount();
        PotentialLevel level = levelOf(profile.current(), expected);
        levelCounts.merge(level, 1, Integer::sum);
        BigDecimal share = Shares.percent(profile.current(), expected);
        BigDecimal gap = expected.subtract(profile.current()).max(BigDecimal.ZERO);
        scores.put("expected_annual", expected);
        scores.put("current_annual", profile.current());
        scores.put("gap", gap);
        scores.put("realised_share", share);
        scores.put("basis", BigDecimal.valueOf(expectation.basis().code()));
        return new Classification(profile.customerId(), SCHEME, labels.get(level), scores,
                known(profile, expectation, share, gap, level));
    }

    private PotentialLevel levelOf(BigDecimal current, BigDecimal expected) {
        if (Shares.below(current, expected, settings.highBelow())) {
            return PotentialLevel.HIGH;
        }
        return Shares.below(current, expected, settings.mediumBelow()) ? PotentialLevel.MEDIUM
                : PotentialLevel.REALISED;
    }

    private String known(CustomerProfile profile, Expectation expectation, BigDecimal share, BigDecimal gap,
            PotentialLevel level) {
        String passedOver = expectation.passedOver().isEmpty() ? ""
                : " (passed over: " + String.join("; ", expectation.passedOver()) + ")";
        return profile.describe(settings.sizes()) + ". Expected annual revenue " + expectation.amount()
                .toPlainString() + " (basis " + expectation.basis().description() + "): " + expectation.source()
                + passedOver + ". Revenue in " + window + " " + profile.current().toPlainString() + " = "
                + Shares.format(share) + " of expected: " + comparison(level) + " -> " + level.key() + "; gap "
                + gap.toPlainString() + " (expected minus revenue, at least 0). " + rule;
    }

    private String comparison(PotentialLevel level) {
        String high = Shares.format(settings.highBelow()) + " (high.below)";
        String medium = Shares.format(settings.mediumBelow()) + " (medium.below)";
        return switch (level) {
            case HIGH -> "below " + high;
            case MEDIUM -> "not below " + high + ", below " + medium;
            default -> "not below " + medium;
        };
    }

    private String unknown(CustomerProfile profile, Expectation expectation) {
        String reason = profile.industry() == null && profile.bucket() == null
                ? "neither an industry nor a usable company size is recorded, so there are no peers to compare with"
                : "no expected value: " + String.join("; ", expectation.passedOver());
        return profile.describe(settings.sizes()) + ". Unknown potential: " + reason + ". Revenue in " + window
                + " " + profile.current().toPlainString() + ". " + rule;
    }

    private String summary(LocalDate asOf, int customers, PeerBenchmarks benchmarks) {
        StringBuilder levels = new StringBuilder();
        for (PotentialLevel level : PotentialLevel.values()) {
            levels.append(levels.length() == 0 ? "" : ", ").append(levelCounts.getOrDefault(level, 0)).append(' ')
                    .append(level.key());
        }
        StringBuilder bases = new StringBuilder();
        for (Basis basis : Basis.values()) {
            if (basis != Basis.NONE) {
                bases.append(bases.length() == 0 ? "" : ", ").append(basisCounts.getOrDefault(basis, 0))
                        .append(' ').append(basis.description());
            }
        }
        Map<String, String> table = settings.table().describe();
        return "Potential as of " + asOf + ", revenue over " + window + ": " + customers + " customers: " + levels
                + "; expected from: " + bases + ".\n"
                + "Benchmarks, the " + Ordinals.of(settings.percentile()) + " percentile (linear interpolation "
                + "between closest ranks, numpy's default) of the last-365-day revenue of the active customers of "
                + "groups with at least " + settings.minPeers() + ": " + benchmarks.describeAll() + ".\n"
                + "Configured expected values: " + (table.isEmpty() ? "none" : table.toString()) + ".\n" + rule;
    }
}
