package io.tierbench.report.wecom.internal;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.Label;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.report.support.CustomerRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a customer's {@link TagChange}: the tags it should have in Tierbench's groups, and those of its WeCom tags
 * (as last imported) in those groups that it should no longer have. A group whose label the customer lacks in the
 * run (a customer added after the run has no tier) is left as it is in WeCom: not knowing is no reason to remove.
 */
final class TagChanges {

    private final TagCatalog catalog;

    TagChanges(TagCatalog catalog) {
        this.catalog = catalog;
    }

    TagChange of(CustomerRecord record) {
        Set<WantedTag> wanted = new LinkedHashSet<>();
        Set<String> groupsInScope = new HashSet<>();
        ExportSettings settings = catalog.settings();
        Label tier = record.label(TierPolicy.CLASSIFIER_ID, TierPolicy.SCHEME);
        if (tier != null) {
            groupsInScope.add(settings.tierGroup());
            catalog.tierTag(tier).ifPresent(wanted::add);
        }
        for (SchemeGroup scheme : settings.schemes()) {
            Label label = record.label(scheme.classifierId(), scheme.scheme());
            if (label != null) {
                groupsInScope.add(scheme.groupName());
                catalog.schemeTag(scheme, label).ifPresent(wanted::add);
            }
        }
        for (WantedGroup group : catalog.groups()) {
            if (!group.name().equals(settings.tierGroup()) && settings.schemes().stream()
                    .noneMatch(scheme -> scheme.groupName().equals(group.name()))) {
                groupsInScope.add(group.name());
            }
        }
        for (CustomerTag tag : record.tags()) {
            if (tag.source().equals(CustomerTag.RULE)) {
                catalog.ruleTag(tag).ifPresent(wanted::add);
            }
        }
        return change(record, wanted, groupsInScope);
    }

    private TagChange change(CustomerRecord record, Set<WantedTag> wanted, Set<String> groupsInScope) {
        Set<String> add = new LinkedHashSet<>();
        List<WantedTag> notInWecom = new ArrayList<>();
        for (WantedTag tag : wanted) {
            if (tag.exists()) {
                add.add(tag.id());
            } else {
                notInWecom.add(tag);
            }
        }
        Set<String> remove = new LinkedHashSet<>();
        int removalsWithoutId = 0;
        for (CustomerTag tag : record.tags()) {
            if (!tag.source().equals(CustomerTag.WECOM) || !isManaged(tag, groupsInScope) || isWanted(tag, wanted)) {
                continue;
            }
            String id = catalog.ids().tagId(tag.group(), tag.name());
            if (id == null) {
                removalsWithoutId++;
            } else if (!add.contains(id)) {
                remove.add(id);
            }
        }
        return new TagChange(List.copyOf(add), List.copyOf(remove), notInWecom, removalsWithoutId);
    }

    private boolean isManaged(CustomerTag tag, Set<String> groupsInScope) {
        Optional<WantedGroup> group = catalog.group(tag.group());
        return group.isPresent() && groupsInScope.contains(tag.group()) && group.get().manages(tag.name());
    }

    private static boolean isWanted(CustomerTag tag, Set<WantedTag> wanted) {
        return wanted.stream().anyMatch(w -> w.group().equals(tag.group()) && w.name().equals(tag.name()));
    }
}
