package io.tierbench.api.tiering;

import java.util.List;

/**
 * A tier policy configuration that does not validate. The message lists every problem; each names the
 * configuration key and, for a rule, the line and column in its condition.
 *
 * @since 1.0
 */
public class InvalidPolicyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidPolicyException(List<String> problems) {
        super("Invalid tier policy (" + TierPolicy.PID + "): " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return one message per problem */
    public List<String> problems() {
        return problems;
    }
}
