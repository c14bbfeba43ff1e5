package io.tierbench.classifier.potential.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The peer benchmarks of one run: for every group (industry x size, size, industry), the last-365-day revenues of
 * its active customers (revenue > 0), and the configured percentile of them where the group has at least
 * {@code min.peers}. Computed once per run, so every customer of a group is measured against the same value.
 */
final class PeerBenchmarks {

    private static final Comparator<PeerGroup> ORDER = Comparator.comparing(PeerGroup::basis)
            .thenComparing(PeerGroup::industryKey, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PeerGroup::bucket, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<PeerGroup, List<BigDecimal>> revenues;
    private final Map<PeerGroup, Percentile> benchmarks;
    private final Map<String, String> industryNames;

    private PeerBenchmarks(Map<PeerGroup, List<BigDecimal>> revenues, Map<PeerGroup, Percentile> benchmarks,
            Map<String, String> industryNames) {
        this.revenues = revenues;
        this.benchmarks = benchmarks;
        this.industryNames = industryNames;
    }

    static PeerBenchmarks of(List<CustomerProfile> profiles, PotentialSettings settings) {
        Map<PeerGroup, List<BigDecimal>> revenues = new HashMap<>();
        Map<String, String> industryNames = new HashMap<>();
        for (CustomerProfile profile : profiles) {
            if (profile.industryKey() != null) {
                industryNames.putIfAbsent(profile.industryKey(), profile.industry());
            }
            if (profile.active()) {
                for (PeerGroup group : groupsOf(profile)) {
                    revenues.computeIfAbsent(group, key -> new ArrayList<>()).add(profile.current());
                }
            }
        }
        Map<PeerGroup, Percentile> benchmarks = new TreeMap<>(ORDER);
        revenues.forEach((group, values) -> {
            if (values.size() >= settings.minPeers()) {
                benchmarks.put(group, Percentile.of(values, settings.percentile()));
            }
        });
        return new PeerBenchmarks(revenues, benchmarks, industryNames);
    }

    /** @return the groups the customer belongs to, in the order they are tried */
    static List<PeerGroup> groupsOf(CustomerProfile profile) {
        List<PeerGroup> groups = new ArrayList<>(3);
        String industry = profile.industryKey();
        if (industry != null && profile.bucket() != null) {
            groups.add(PeerGroup.cell(industry, profile.bucket()));
        }
        if (profile.bucket() != null) {
            groups.add(PeerGroup.size(profile.bucket()));
        }
        if (industry != null) {
            groups.add(PeerGroup.industry(industry));
        }
        return groups;
    }

    /** @return the number of active customers in the group */
    int peers(PeerGroup group) {
        return revenues.getOrDefault(group, List.of()).size();
    }

    /** @return the group's benchmark, or empty when it has fewer than {@code min.peers} active customers */
    Optional<Percentile> benchmark(PeerGroup group) {
        return Optional.ofNullable(benchmarks.get(group));
    }

    /** @return the group in words, with the industry as first recorded */
    String describe(PeerGroup group) {
        return group.describe(group.industryKey() == null ? null : industryNames.get(group.industryKey()));
    }

    /** @return every benchmark, e.g. {@code industry x size 电子制造 x medium: 7 customers, 90000.00; ...} */
    String describeAll() {
        StringBuilder text = new StringBuilder();
        benchmarks.forEach((group, percentile) -> text.append(text.length() == 0 ? "" : "; ")
                .append(describe(group)).append(": ").append(percentile.n()).append(" customers, ")
                .append(percentile.value().toPlainString()));
        return text.length() == 0 ? "none" : text.toString();
    }
}
