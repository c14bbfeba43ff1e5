package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.ImportException;

/** Hears the entries of a WeCom JSON file, in file order. */
interface WecomJsonVisitor {

    /**
     * @param row the contact entry's position in the file, from 1
     * @param entry the entry's fields
     * @param batchForm whether it has {@code follow_info} (batch form) rather than {@code follow_user}
     */
    void contact(long row, JsonFields entry, boolean batchForm) throws ImportException;

    /** @param group one {@code tag_group[]} element of a tag list */
    void tagGroup(JsonFields group) throws ImportException;
}
