package io.tierbench.importer.wecom.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entries of one contact read so far: the contact once, and each staff member who added it. */
final class PendingContact {

    private final String externalUserid;
    private ExternalContact contact;
    private final Map<String, FollowUser> followUsers = new LinkedHashMap<>();
    private boolean rejected;
    private boolean tagsIncomplete;

    PendingContact(String externalUserid) {
        this.externalUserid = externalUserid;
    }

    /**
     * Adds an entry. The contact is taken from the first entry, since every entry of a contact repeats the same
     * {@code external_contact}; a staff member listed twice (overlapping pages) counts once, as listed last.
     */
    void add(ContactEntry entry) {
        if (contact == null) {
            contact = entry.contact();
        }
        for (FollowUser followUser : entry.followUsers()) {
            followUsers.remove(followUser.userid());
            followUsers.put(followUser.userid(), followUser);
        }
        tagsIncomplete |= !entry.unknownTags().isEmpty();
    }

    /** Marks the contact as not to be stored: one of its entries is bad. */
    void reject() {
        rejected = true;
    }

    String externalUserid() {
        return externalUserid;
    }

    /** @return the contact, or {@code null} when each of its entries was rejected */
    ExternalContact contact() {
        return contact;
    }

    List<FollowUser> followUsers() {
        return new ArrayList<>(followUsers.values());
    }

    boolean rejected() {
        return rejected || contact == null;
    }

    /** @return whether a tag id of the contact is unknown, so its tags as read are not all it has */
    boolean tagsIncomplete() {
        return tagsIncomplete;
    }
}
