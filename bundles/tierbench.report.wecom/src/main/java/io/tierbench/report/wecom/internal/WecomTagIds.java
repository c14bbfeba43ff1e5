package io.tierbench.report.wecom.internal;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.repository.CustomerRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids WeCom gave its tags and groups, from the imported {@code get_corp_tag_list}: customers' WeCom tags are
 * stored by group and name, and mark_tag needs ids. When two definitions share a group and name, the first in the
 * repository's order (by group name, then tag name) is taken.
 */
final class WecomTagIds {

    private final Map<String, Map<String, String>> tagIds = new HashMap<>();
    private final Map<String, String> groupIds = new HashMap<>();

    WecomTagIds(List<TagDefinition> definitions) {
        for (TagDefinition definition : definitions) {
            String group = definition.groupName() == null ? "" : definition.groupName();
            tagIds.computeIfAbsent(group, g -> new LinkedHashMap<>()).putIfAbsent(definition.name(),
                    definition.tagId());
            if (definition.groupId() != null) {
                groupIds.putIfAbsent(group, definition.groupId());
            }
        }
    }

    static WecomTagIds of(CustomerRepository customers) {
        return new WecomTagIds(customers.tagDefinitions(CustomerTag.WECOM));
    }

    /** @return the tag's WeCom id, or {@code null} when WeCom's tag list (as imported) has no such tag */
    String tagId(String group, String name) {
        return tagIds.getOrDefault(group == null ? "" : group, Map.of()).get(name);
    }

    /** @return the group's WeCom id, or {@code null} when the imported tag list has no such group */
    String groupId(String group) {
        return groupIds.get(group);
    }

    /** @return the names of the tags WeCom has in the group, in the repository's order */
    List<String> tagNames(String group) {
        return new ArrayList<>(tagIds.getOrDefault(group, Map.of()).keySet());
    }
}
