package io.tierbench.importer.wecom.internal;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.repository.CustomerRepository;
import java.util.HashMap;
import java.util.Map;

/**
 * The stored WeCom tag definitions, read once per import and only when an entry needs them: batch entries give tag
 * ids alone, and the names come from an earlier import of a {@code get_corp_tag_list} file.
 */
final class TagDirectory {

    private final CustomerRepository repository;
    private Map<String, TagDefinition> byId;
    private Map<String, String> groupByUniqueName;

    TagDirectory(CustomerRepository repository) {
        this.repository = repository;
    }

    /** @return the definition, or {@code null} when no imported tag list has the id */
    TagDefinition find(String tagId) {
        load();
        return byId.get(tagId);
    }

    /**
     * An SCRM sheet often writes a tag's name without its group. When the tag list has exactly one tag of that
     * name, its group is the one meant, and the tag then matches the same tag read from WeCom's JSON.
     *
     * @return the group of the only defined tag with the name, or {@code null} when none or several have it
     */
    String groupOfName(String name) {
        load();
        return groupByUniqueName.get(name);
    }

    private void load() {
        if (byId != null) {
            return;
        }
        byId = new HashMap<>();
        Map<String, Integer> namesSeen = new HashMap<>();
        groupByUniqueName = new HashMap<>();
        for (TagDefinition definition : repository.tagDefinitions(CustomerTag.WECOM)) {
            byId.put(definition.tagId(), definition);
            if (namesSeen.merge(definition.name(), 1, Integer::sum) == 1 && definition.groupName() != null) {
                groupByUniqueName.put(definition.name(), definition.groupName());
            } else {
                groupByUniqueName.remove(definition.name());
            }
        }
    }
}
