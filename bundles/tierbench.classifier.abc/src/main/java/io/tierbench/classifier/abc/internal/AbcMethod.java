package io.tierbench.classifier.abc.internal;

import java.util.Arrays;
import java.util.Optional;

/** What the cumulative share before a customer is taken of. */
enum AbcMethod {

    /** The revenue of the customers ranked before it, as a share of the total revenue. */
    REVENUE("revenue"),

    /** The number of customers with revenue ranked before it, as a share of all customers with revenue. */
    COUNT("count");

    private final String key;

    AbcMethod(String key) {
        this.key = key;
    }

    /** @return the configuration value */
    String key() {
        return key;
    }

    /** @return the method configured as {@code value}, case and surrounding blanks ignored */
    static Optional<AbcMethod> parse(String value) {
        String wanted = value == null ? "" : value.trim();
        return Arrays.stream(values()).filter(method -> method.key.equalsIgnoreCase(wanted)).findFirst();
    }
}
