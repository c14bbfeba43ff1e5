package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.RowError;

/** The contact entries of one file, read in file order: WeCom JSON or an SCRM export sheet. */
interface ContactSource {

    /** @return the file's name, as row errors name it */
    String file();

    /**
     * Reads every entry once.
     *
     * @throws ImportException when the file as a whole cannot be read
     */
    void read(EntryVisitor visitor) throws ImportException;

    /** Hears each entry, read or rejected. */
    interface EntryVisitor {

        void accepted(ContactEntry entry) throws ImportException;

        /**
         * @param row the entry's position in the file
         * @param externalUserid the entry's contact when that much could be read, else {@code null}
         * @param error why the entry is bad
         */
        void rejected(long row, String externalUserid, RowError error) throws ImportException;
    }
}
