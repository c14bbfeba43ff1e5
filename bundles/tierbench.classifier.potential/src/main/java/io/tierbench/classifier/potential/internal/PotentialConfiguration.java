package io.tierbench.classifier.potential.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the potential classifier, PID {@code tierbench.classifier.potential}. An underscore in a method
 * name is a dot in the property name ({@code min_peers} is {@code min.peers}).
 *
 * <p>Besides these attributes the PID may hold an optional table of expected annual revenues, one property per
 * industry and size bucket, {@code expected.<industry>.<small|medium|large> = <amount>}; its keys depend on the
 * client's industries, so it cannot be an attribute here and is read from the component properties
 * ({@link ExpectedTable}). Percentages and amounts are text so that they are read as exact decimals.
 */
@ObjectClassDefinition(name = "Tierbench potential classifier",
        description = "B2B potential: the expected annual revenue of a customer from its industry and company size "
                + "(a configured table expected.<industry>.<small|medium|large> = amount, else a percentile of the "
                + "last-365-day revenue of active peers: same industry and size, else same size, else same "
                + "industry), against its own revenue in the last 365 days. Labels by realised share = current / "
                + "expected: high, medium, realised; unknown without industry, size or benchmark.")
public @interface PotentialConfiguration {

    @AttributeDefinition(name = "Medium companies from (employees)", min = "2",
            description = "Company size buckets by employees: small from 1 to size.medium.min - 1, medium from "
                    + "size.medium.min to size.large.min - 1, large from size.large.min; 1 < medium < large.")
    int size_medium_min() default 50;

    @AttributeDefinition(name = "Large companies from (employees)", min = "3",
            description = "Companies with at least this many employees are large; must be above size.medium.min.")
    int size_large_min() default 500;

    @AttributeDefinition(name = "Peer percentile",
            description = "The percentile of the active peers' last-365-day revenue taken as the expected annual "
                    + "revenue, above 0 and at most 100 (50 = median). Linear interpolation between closest "
                    + "ranks (numpy's default): on the n values sorted ascending, h = (n - 1) x p / 100, the "
                    + "value is x[floor h] + (h - floor h) x (x[floor h + 1] - x[floor h]), counted from 0.")
    String percentile() default "75";

    @AttributeDefinition(name = "Minimum peers", min = "1",
            description = "A peer group (industry x size, size, industry) gives a benchmark only when it has at "
                    + "least this many active customers (revenue > 0 in the last 365 days, the customer itself "
                    + "included); otherwise the next group in that order is tried.")
    int min_peers() default 5;

    @AttributeDefinition(name = "High potential below (% realised)",
            description = "A realised share (revenue in the last 365 days / expected, in percent) below this is "
                    + "high potential; 0 < high.below < medium.below.")
    String high_below() default "30";

    @AttributeDefinition(name = "Medium potential below (% realised)",
            description = "A realised share below this (and not below high.below) is medium potential; at or "
                    + "above it, the potential is realised.")
    String medium_below() default "70";
}
