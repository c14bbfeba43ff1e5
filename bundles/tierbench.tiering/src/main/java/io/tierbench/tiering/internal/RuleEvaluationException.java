package io.tierbench.tiering.internal;

/** A rule that could not be evaluated for one customer; the rule then counts as not holding for that customer. */
final class RuleEvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RuleEvaluationException(String reason) {
        super(reason, null, false, false);
    }
}
