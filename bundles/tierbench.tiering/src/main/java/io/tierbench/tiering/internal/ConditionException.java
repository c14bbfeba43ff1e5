package io.tierbench.tiering.internal;

/** A condition that is not a valid rule: names the configuration key and, when known, the line and column. */
final class ConditionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    ConditionException(String key, int line, int column, String problem) {
        super(key + (line > 0 ? " (line " + line + ", column " + column + ")" : "") + ": " + problem);
    }
}
