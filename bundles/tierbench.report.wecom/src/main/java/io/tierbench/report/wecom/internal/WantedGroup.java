package io.tierbench.report.wecom.internal;

import java.util.List;
import java.util.Optional;

/**
 * A WeCom tag group Tierbench writes tags into.
 *
 * @param name the group's name
 * @param id WeCom's group id, or {@code null} when WeCom has no group of that name yet
 * @param order WeCom's order value: larger comes first
 * @param owned whether the whole group is Tierbench's (the tier group, the default rule-tag group, a scheme's
 *        group): then any tag of the group a customer should not have is removed. A group a rule names
 *        ({@code tag.兴趣/收藏}) may hold staff members' own tags, so there only Tierbench's tags are touched.
 * @param tags the tags Tierbench wants in it, in order
 */
record WantedGroup(String name, String id, int order, boolean owned, List<WantedTag> tags) {

    WantedGroup {
        tags = List.copyOf(tags);
    }

    Optional<WantedTag> tag(String tagName) {
        return tags.stream().filter(tag -> tag.name().equals(tagName)).findFirst();
    }

    /** @return whether a customer's tag of this group is Tierbench's to add or remove */
    boolean manages(String tagName) {
        return owned || tag(tagName).isPresent();
    }

    /** @return the tags WeCom does not have yet */
    List<WantedTag> missing() {
        return tags.stream().filter(tag -> !tag.exists()).toList();
    }
}
