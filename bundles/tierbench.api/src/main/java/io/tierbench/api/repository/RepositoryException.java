package io.tierbench.api.repository;

/**
 * The store failed: the message names the operation and the cause.
 *
 * @since 1.0
 */
public class RepositoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RepositoryException(String message) {
        super(message);
    }

    public RepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
