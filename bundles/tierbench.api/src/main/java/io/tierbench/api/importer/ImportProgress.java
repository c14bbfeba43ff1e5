package io.tierbench.api.importer;

/**
 * Hears how far an import has read, so that a shell or a web page can show progress on a large file.
 *
 * @since 1.1
 */
@FunctionalInterface
public interface ImportProgress {

    /** Hears nothing. */
    ImportProgress NONE = (rows, rejected) -> {
    };

    /**
     * Called every few thousand rows, on the importing thread; must return quickly.
     *
     * @param rows rows read so far
     * @param rejected rows rejected so far
     */
    void rowsRead(long rows, long rejected);
}
