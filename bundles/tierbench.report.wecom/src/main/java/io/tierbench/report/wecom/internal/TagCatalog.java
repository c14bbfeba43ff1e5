package io.tierbench.report.wecom.internal;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.report.support.ReportRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tag library Tierbench wants in WeCom for a run, with the ids WeCom already gave: the tier group (one tag per
 * tier, best first, in Chinese), a group per configured classifier scheme, and the rule tags' groups. Groups come
 * in that order, the default rule-tag group before the groups rules name (by name); WeCom shows larger order values
 * first, so the first group and the first tag of each group get the largest. A group without tags is left out:
 * WeCom cannot create an empty group.
 *
 * <p>The rule tags are those the run's tier policy defines ({@code tag.*}) and those customers have now: rule tags
 * are stored per customer, not per run, and replaced whenever the policy is applied.
 */
final class TagCatalog {

    private record RuleTagName(String group, String name) {
    }

    private static final Comparator<RuleTagName> BY_GROUP_AND_NAME = Comparator
            .comparing(RuleTagName::group, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RuleTagName::name);

    private final ExportSettings settings;
    private final WecomTagIds ids;
    private final List<Label> tiers;
    private final Map<String, WantedGroup> groups;

    private TagCatalog(ExportSettings settings, WecomTagIds ids, List<Label> tiers, Map<String, WantedGroup> groups) {
        this.settings = settings;
        this.ids = ids;
        this.tiers = List.copyOf(tiers);
        this.groups = groups;
    }

    static TagCatalog of(ReportRun run, ExportSettings settings, CustomerRepository customers) {
        List<Label> tiers = RunTiers.of(run);
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Set<String> owned = new LinkedHashSet<>(List.of(settings.tierGroup(), settings.ruleGroup()));
        names.put(settings.tierGroup(), zhNames(tiers));
        for (SchemeGroup scheme : settings.schemes()) {
            names.put(scheme.groupName(), zhNames(schemeLabels(run, scheme)));
            owned.add(scheme.groupName());
        }
        names.put(settings.ruleGroup(), new LinkedHashSet<>());
        for (RuleTagName tag : ruleTags(run, customers)) {
            String group = tag.group() == null ? settings.ruleGroup() : tag.group();
            names.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(tag.name());
        }
        WecomTagIds ids = WecomTagIds.of(customers);
        return new TagCatalog(settings, ids, tiers, groups(names, owned, ids));
    }

    private static Set<String> zhNames(List<Label> labels) {
        Set<String> names = new LinkedHashSet<>();
        labels.forEach(label -> names.add(label.zh()));
        return names;
    }

    private static Map<String, WantedGroup> groups(Map<String, Set<String>> names, Set<String> owned,
            WecomTagIds ids) {
        Map<String, Set<String>> nonEmpty = new LinkedHashMap<>();
        names.forEach((group, tags) -> {
            if (!tags.isEmpty()) {
                nonEmpty.put(group, tags);
            }
        });
        Map<String, WantedGroup> groups = new LinkedHashMap<>();
        int groupOrder = nonEmpty.size();
        for (Map.Entry<String, Set<String>> entry : nonEmpty.entrySet()) {
            String group = entry.getKey();
            List<WantedTag> tags = new ArrayList<>();
            int tagOrder = entry.getValue().size();
            for (String name : entry.getValue()) {
                tags.add(new WantedTag(group, name, tagOrder--, ids.tagId(group, name)));
            }
            groups.put(group, new WantedGroup(group, ids.groupId(group), groupOrder--, owned.contains(group), tags));
        }
        return groups;
    }

    /** The scheme's labels in the run, by key: a stable order from run to run, whatever the counts. */
    private static List<Label> schemeLabels(ReportRun run, SchemeGroup scheme) {
        return run.distribution().stream()
                .filter(count -> count.classifierId().equals(scheme.classifierId())
                        && count.scheme().equals(scheme.scheme()))
                .map(LabelCount::label).sorted(Comparator.comparing(Label::key)).toList();
    }

    /** The policy's {@code tag.<name>} and {@code tag.<group>/<name>} keys, and the rule tags stored now. */
    private static Set<RuleTagName> ruleTags(ReportRun run, CustomerRepository customers) {
        Set<RuleTagName> tags = new TreeSet<>(BY_GROUP_AND_NAME);
        run.run().classifiers().stream().filter(part -> part.classifier().id().equals(TierPolicy.CLASSIFIER_ID))
                .flatMap(part -> part.classifier().configuration().keySet().stream())
                .filter(key -> key.startsWith("tag.")).forEach(key -> {
                    String qualified = key.substring("tag.".length()).strip();
                    int slash = qualified.lastIndexOf('/');
                    String group = slash < 0 ? null : qualified.substring(0, slash).strip();
                    String name = qualified.substring(slash + 1).strip();
                    if (!name.isEmpty()) {
                        tags.add(new RuleTagName(group == null || group.isEmpty() ? null : group, name));
                    }
                });
        customers.forEachTag(tag -> {
            if (tag.source().equals(CustomerTag.RULE)) {
                tags.add(new RuleTagName(tag.group(), tag.name()));
            }
        });
        return tags;
    }

    ExportSettings settings() {
        return settings;
    }

    WecomTagIds ids() {
        return ids;
    }

    /** @return the run's tiers, best first; empty when the run has none */
    List<Label> tiers() {
        return tiers;
    }

    /** @return the wanted groups, in order */
    List<WantedGroup> groups() {
        return List.copyOf(groups.values());
    }

    /** @return the wanted group of that name, or empty */
    Optional<WantedGroup> group(String name) {
        return Optional.ofNullable(name == null ? null : groups.get(name));
    }

    Optional<WantedTag> tierTag(Label tier) {
        return group(settings.tierGroup()).flatMap(group -> group.tag(tier.zh()));
    }

    Optional<WantedTag> schemeTag(SchemeGroup scheme, Label label) {
        return group(scheme.groupName()).flatMap(group -> group.tag(label.zh()));
    }

    Optional<WantedTag> ruleTag(CustomerTag tag) {
        return group(tag.group() == null ? settings.ruleGroup() : tag.group()).flatMap(group -> group.tag(tag.name()));
    }

    /** @return the tags WeCom does not have yet, by group */
    List<WantedGroup> missing() {
        return groups.values().stream().filter(group -> !group.missing().isEmpty()).toList();
    }

    /** @return how many tags WeCom does not have yet */
    int missingTags() {
        return groups.values().stream().mapToInt(group -> group.missing().size()).sum();
    }

    /**
     * @return {@code group/name} of the tags WeCom has in a group Tierbench owns that Tierbench no longer uses (a
     *         tier taken out of the policy): taken off customers, left in WeCom's library for people to delete
     */
    List<String> unusedWecomTags() {
        List<String> unused = new ArrayList<>();
        for (WantedGroup group : groups.values()) {
            if (group.owned()) {
                ids.tagNames(group.name()).stream().filter(name -> group.tag(name).isEmpty())
                        .forEach(name -> unused.add(group.name() + "/" + name));
            }
        }
        return unused;
    }

    /** @return {@code group/name} of the wanted tags and groups whose names are longer than WeCom allows */
    List<String> tooLongNames() {
        List<String> tooLong = new ArrayList<>();
        for (WantedGroup group : groups.values()) {
            if (ExportSettings.tooLong(group.name())) {
                tooLong.add(group.name());
            }
            group.tags().stream().filter(tag -> ExportSettings.tooLong(tag.name()))
                    .forEach(tag -> tooLong.add(group.name() + "/" + tag.name()));
        }
        return tooLong;
    }
}
