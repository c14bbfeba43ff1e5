package io.tierbench.report.wecom.internal;

import java.util.List;

/**
 * What mark_tag changes on one customer, for each staff member who added it.
 *
 * @param add the ids of the tags the customer should have: its tier, its labels of the exported schemes, its rule
 *        tags
 * @param remove the ids of its WeCom tags in Tierbench's groups that it should no longer have
 * @param notInWecom the tags the customer should have that WeCom does not have yet: they have no id to send
 * @param removalsWithoutId WeCom tags to remove whose ids are unknown (the tag list was not imported)
 */
record TagChange(List<String> add, List<String> remove, List<WantedTag> notInWecom, int removalsWithoutId) {

    TagChange {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
        notInWecom = List.copyOf(notInWecom);
    }

    /** @return whether there is nothing to send: WeCom refuses a mark_tag body with neither add_tag nor remove_tag */
    boolean isEmpty() {
        return add.isEmpty() && remove.isEmpty();
    }
}
