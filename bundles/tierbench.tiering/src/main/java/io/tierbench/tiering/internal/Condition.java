package io.tierbench.tiering.internal;

import java.util.List;
import java.util.Set;
import org.apache.commons.jexl3.JexlScript;

/**
 * A rule's condition, parsed.
 *
 * @param key the configuration key it came from, e.g. {@code rule.20}
 * @param source the condition as written
 * @param script the parsed expression
 * @param variables every variable the condition reads, as paths ({@code clv.predictive} is {@code [clv,
 *        predictive]}), in the order of the text
 * @param functions every function the condition calls
 */
record Condition(String key, String source, JexlScript script, List<List<String>> variables, Set<String> functions) {
}
