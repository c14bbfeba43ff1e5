package io.tierbench.api.importer;

/**
 * A file cannot be imported as a whole (missing, empty, cut off, of the wrong kind). Nothing was stored.
 *
 * @since 1.0
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
