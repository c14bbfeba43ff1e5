package io.tierbench.importer.support;

/**
 * A value cannot be read as what its column holds. Without a stack trace, for the same reason as
 * {@link RowRejected}.
 */
final class InvalidValueException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason why, for people, without the value (the row error carries it) */
    InvalidValueException(String reason) {
        super(reason, null, false, false);
    }
}
