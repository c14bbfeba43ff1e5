package io.tierbench.api.classifier;

/**
 * A classifier could not run at all: the message says why (invalid configuration, a model fit that did not
 * converge). Distinct from a customer the classifier could not judge, which is a label.
 *
 * @since 1.0
 */
public class ClassificationException extends Exception {

    private static final long serialVersionUID = 1L;

    public ClassificationException(String message) {
        super(message);
    }

    public ClassificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
