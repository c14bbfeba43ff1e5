package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.RowError;
import java.util.List;

/**
 * One entry of a file: a contact with one staff member (a batch entry, a sheet row) or with all of them (an
 * {@code externalcontact/get} response).
 *
 * @param row the entry's position in the file, as row errors name it
 * @param contact the contact
 * @param followUsers the staff members who added the contact, as this entry lists them
 * @param unknownTags a row error for each tag id the stored tag list does not define; the entry's tags are then
 *        incomplete
 */
record ContactEntry(long row, ExternalContact contact, List<FollowUser> followUsers, List<RowError> unknownTags) {

    ContactEntry {
        followUsers = List.copyOf(followUsers);
        unknownTags = List.copyOf(unknownTags);
    }
}
