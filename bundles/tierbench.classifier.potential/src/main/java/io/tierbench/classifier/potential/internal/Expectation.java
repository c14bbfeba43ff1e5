package io.tierbench.classifier.potential.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's expected annual revenue and where it came from: the configured table, else the first peer group
 * (industry x size, size, industry) with enough active customers.
 *
 * @param basis where the value came from; {@link Basis#NONE} when there is none
 * @param amount the expected annual revenue, positive; {@code null} for {@link Basis#NONE}
 * @param source how the value was found, in words; {@code null} for {@link Basis#NONE}
 * @param passedOver why each source tried before it gave no value
 */
record Expectation(Basis basis, BigDecimal amount, String source, List<String> passedOver) {

    /** @return the customer's expected annual revenue, found in this order: table, cell, size, industry */
    static Expectation resolve(CustomerProfile profile, PotentialSettings settings, PeerBenchmarks benchmarks) {
        List<String> passedOver = new ArrayList<>();
        String industry = profile.industryKey();
        if (industry != null && profile.bucket() != null) {
            Optional<ExpectedTable.Entry> configured = settings.table().lookup(industry, profile.bucket());
            if (configured.isPresent()) {
                ExpectedTable.Entry entry = configured.get();
                return new Expectation(Basis.CONFIGURED, entry.amount(), "configured " + entry.property() + " = "
                        + entry.amount().toPlainString(), List.of());
            }
            if (settings.table().size() > 0) {
                passedOver.add("no configured expected." + profile.industry() + "." + profile.bucket().key());
            }
        }
        for (PeerGroup group : PeerBenchmarks.groupsOf(profile)) {
            Optional<Percentile> benchmark = benchmarks.benchmark(group);
            if (benchmark.isPresent()) {
                return new Expectation(group.basis(), benchmark.get().value(),
                        fromPeers(profile, settings, benchmarks.describe(group), benchmark.get()),
                        List.copyOf(passedOver));
            }
            int peers = benchmarks.peers(group);
            passedOver.add(benchmarks.describe(group) + " has " + peers + " active " + customers(peers)
                    + ", fewer than min.peers " + settings.minPeers());
        }
        return new Expectation(Basis.NONE, null, null, List.copyOf(passedOver));
    }

    private static String fromPeers(CustomerProfile profile, PotentialSettings settings, String group,
            Percentile percentile) {
        return "the " + Ordinals.of(settings.percentile()) + " percentile of the last-365-day revenue of the "
                + percentile.n() + " active customers (revenue > 0" + (profile.active() ? ", this one included"
                : "; this one has none") + ") in " + group + " (linear interpolation between closest ranks, "
                + "numpy's default; " + percentile.describe(settings.percentile()) + ")";
    }

    private static String customers(int count) {
        return count == 1 ? "customer" : "customers";
    }

    /** @return whether an expected value was found */
    boolean known() {
        return basis != Basis.NONE;
    }
}
