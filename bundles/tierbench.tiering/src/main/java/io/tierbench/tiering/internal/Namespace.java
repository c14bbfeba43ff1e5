package io.tierbench.tiering.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values under one name of the rule language, such as {@code facts} or {@code rfm}: {@code facts.total_spend}
 * reads {@code get("total_spend")}. The only type, with {@link RuleFunctions}, that rules may touch.
 *
 * <p>A strict namespace knows every name it can hold, so a misspelt name fails the rule instead of reading as
 * {@code null}; a lenient one (a classifier's labels, free customer attributes) answers {@code null} for a name it
 * does not hold for this customer.
 */
public final class Namespace {

    private final String name;
    private final Map<String, ?> values;
    private final boolean strict;

    private Namespace(String name, Map<String, ?> values, boolean strict) {
        this.name = name;
        this.values = values;
        this.strict = strict;
    }

    /** @param values every name the namespace knows, some with {@code null} values */
    static Namespace strict(String name, Map<String, ?> values) {
        return new Namespace(name, values, true);
    }

    static Namespace lenient(String name, Map<String, ?> values) {
        return new Namespace(name, values, false);
    }

    /**
     * @param key the name after the dot
     * @return the value, or {@code null} when the customer has none
     * @throws IllegalArgumentException in a strict namespace, for a name it does not know
     */
    public Object get(String key) {
        if (strict && !values.containsKey(key)) {
            throw new IllegalArgumentException("unknown variable " + name + "." + key + " (known: "
                    + String.join(", ", new TreeSet<>(values.keySet())) + ")");
        }
        return values.get(key);
    }

    /** @return the names it holds */
    Set<String> keys() {
        return values.keySet();
    }

    @Override
    public String toString() {
        return name;
    }
}
