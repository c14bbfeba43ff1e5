package io.tierbench.report.wecom.internal;

/** What the mark_tag pass wrote and left out, for the summary. Filled on the report's one thread. */
final class ExportCounts {

    /** mark_tag bodies written: one per customer and staff member with something to change. */
    long bodies;
    /** customers with at least one body */
    long customersSent;
    /** customers from WeCom with nothing to send: no tag with an id to add, nothing to remove */
    long nothingToSend;
    /** customers not imported from WeCom: no external_userid with a staff member to send for */
    long skipped;
    /** customers' tags that WeCom does not have yet, left out of add_tag (one per customer and tag) */
    long tagsWithoutId;
    /** customers with at least one such tag */
    long customersWithTagsWithoutId;
    /** WeCom tags to remove whose ids are not in the imported tag list (one per customer and tag) */
    long removalsWithoutId;
    /** customers from WeCom without a tier in the run, whose tier tags were left as they are */
    long withoutTier;

    void count(TagChange change, int followUsers, boolean hasTier) {
        if (change.isEmpty()) {
            nothingToSend++;
        } else {
            customersSent++;
            bodies += followUsers;
        }
        tagsWithoutId += change.notInWecom().size();
        if (!change.notInWecom().isEmpty()) {
            customersWithTagsWithoutId++;
        }
        removalsWithoutId += change.removalsWithoutId();
        if (!hasTier) {
            withoutTier++;
        }
    }
}
