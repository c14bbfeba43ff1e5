package io.tierbench.classifier.abc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration of the ABC classifier, PID {@code tierbench.classifier.abc}. An underscore in a method name is a
 * dot in the property name ({@code revenue_a_threshold} is {@code revenue.a.threshold}).
 *
 * <p>Percentages are text so that they are read as exact decimals ({@code 79.5}), never as binary fractions.
 */
@ObjectClassDefinition(name = "Tierbench ABC classifier",
        description = "Pareto classes: customers ranked by revenue in the window, descending (ties by external id), "
                + "classed A, B or C by the cumulative revenue share of the customers before them, or by their "
                + "count share. Customers without revenue are C.")
public @interface AbcConfiguration {

    @AttributeDefinition(name = "Window (days)", min = "0",
            description = "Revenue counted: 0 = all history up to the as-of date; N = the last N days, the as-of "
                    + "date included (from as-of minus N-1 days).")
    int window_days() default 0;

    @AttributeDefinition(name = "Method",
            description = "revenue: by the cumulative revenue share before the customer; count: by the share of "
                    + "customers with revenue ranked before the customer.",
            options = {@Option(label = "Cumulative revenue share", value = "revenue"),
                @Option(label = "Customer count share", value = "count")})
    String method() default "revenue";

    @AttributeDefinition(name = "A threshold, revenue (%)",
            description = "A while the cumulative revenue share of the customers before it is below this; "
                    + "0 < A < B <= 100.")
    String revenue_a_threshold() default "80";

    @AttributeDefinition(name = "B threshold, revenue (%)",
            description = "B while the cumulative revenue share of the customers before it is below this (and it "
                    + "is not A); C from here on.")
    String revenue_b_threshold() default "95";

    @AttributeDefinition(name = "A share, count (%)",
            description = "Share of the customers with revenue that are A, from the top; the cumulative count is "
                    + "rounded up. 0 < A, A + B <= 100.")
    String count_a_share() default "20";

    @AttributeDefinition(name = "B share, count (%)",
            description = "Share of the customers with revenue that are B, after the A ones; the cumulative count "
                    + "(A + B) is rounded up. The rest are C.")
    String count_b_share() default "30";
}
