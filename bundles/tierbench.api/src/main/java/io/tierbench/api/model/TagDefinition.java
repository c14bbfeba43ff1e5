package io.tierbench.api.model;

import java.util.Objects;

/**
 * A tag as an outside system defines it, such as one entry of WeCom's {@code get_corp_tag_list}: contacts refer to
 * tags by id, and the definition gives the name and group.
 *
 * @param source the system, e.g. {@link CustomerTag#WECOM}
 * @param tagId the system's tag id
 * @param name the tag's name
 * @param groupId the system's group id, or {@code null}
 * @param groupName the group's name, or {@code null}
 * @since 1.1
 */
public record TagDefinition(String source, String tagId, String name, String groupId, String groupName) {

    public TagDefinition {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tagId, "tagId");
        Objects.requireNonNull(name, "name");
    }
}
