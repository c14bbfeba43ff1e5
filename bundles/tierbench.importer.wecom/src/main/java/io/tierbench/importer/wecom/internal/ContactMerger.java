package io.tierbench.importer.wecom.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the entries of each contact, however far apart in the file (a batch file lists a contact once per staff
 * member, page after page), and hands a contact over as soon as its last entry is read. The rows of each contact's
 * last entry come from a first pass over the file, so memory holds only the contacts whose entries are still to
 * come, not the whole file.
 */
final class ContactMerger {

    private final Map<String, Long> lastRowById;
    private final Map<String, PendingContact> pending = new HashMap<>();
    private int mostPending;

    /** @param lastRowById for each external_userid of the file, the row of its last entry */
    ContactMerger(Map<String, Long> lastRowById) {
        this.lastRowById = lastRowById;
    }

    /** @return the contact when this was its last entry, else {@code null} */
    PendingContact accept(ContactEntry entry) {
        String id = entry.contact().externalUserid();
        PendingContact contact = pending.computeIfAbsent(id, PendingContact::new);
        contact.add(entry);
        return completed(id, entry.row(), contact);
    }

    /** @return the contact, marked rejected, when this was its last entry, else {@code null} */
    PendingContact reject(long row, String externalUserid) {
        PendingContact contact = pending.computeIfAbsent(externalUserid, PendingContact::new);
        contact.reject();
        return completed(externalUserid, row, contact);
    }

    /** @return contacts whose last entry was not where the first pass saw it (the file changed meanwhile) */
    List<PendingContact> remaining() {
        List<PendingContact> remaining = new ArrayList<>(pending.values());
        pending.clear();
        return remaining;
    }

    /** @return the largest number of contacts held at once, for the log */
    int mostPending() {
        return mostPending;
    }

    private PendingContact completed(String id, long row, PendingContact contact) {
        Long lastRow = lastRowById.get(id);
        if (lastRow == null || lastRow <= row) {
            pending.remove(id);
            return contact;
        }
        mostPending = Math.max(mostPending, pending.size());
        return null;
    }
}
