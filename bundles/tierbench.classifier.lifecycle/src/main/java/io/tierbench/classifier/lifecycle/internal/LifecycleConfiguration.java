package io.tierbench.classifier.lifecycle.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the lifecycle classifier, PID {@code tierbench.classifier.lifecycle}. An underscore in a method
 * name is a dot in the property name ({@code new_window_days} is {@code new.window.days}).
 */
@ObjectClassDefinition(name = "Tierbench lifecycle classifier",
        description = "Lifecycle stage from all purchases up to the as-of date, rules tried in order: potential, "
                + "won back, new, churned, at risk, active. d = days since the last purchase. Uses P(alive) from "
                + "the CLV lifetime model when that bundle is installed.")
public @interface LifecycleConfiguration {

    @AttributeDefinition(name = "New-customer window (days)", min = "1",
            description = "A purchase is within the window when it is at most this many days before the as-of "
                    + "date. New: the first purchase is within it. Won back: the last purchase is within it and "
                    + "the gap before it exceeded the churn horizon.")
    int new_window_days() default 90;

    @AttributeDefinition(name = "Churn horizon (days)", min = "1",
            description = "Churned when d is greater than this. Also the gap that makes a return a win-back.")
    int churn_horizon_days() default 365;

    @AttributeDefinition(name = "At risk: factor k on the median gap", min = "0",
            description = "At risk when d > max(k x the customer's median gap between purchase dates, minimum).")
    double at_risk_gap_factor() default 2.0;

    @AttributeDefinition(name = "At risk: minimum (days)", min = "0",
            description = "Lower bound of the median-gap threshold, so that daily buyers are not at risk after "
                    + "two quiet days.")
    int at_risk_minimum_days() default 30;

    @AttributeDefinition(name = "At risk: purchase dates for the median rule", min = "2",
            description = "The median-gap rule applies from this many distinct purchase dates (same-day orders "
                    + "merged, as the gaps are between purchase dates); below it the fallback applies.")
    int at_risk_min_purchases() default 3;

    @AttributeDefinition(name = "At risk: fallback (days)", min = "1",
            description = "At risk when d is greater than this, for customers with too few purchase dates for the "
                    + "median rule.")
    int at_risk_fallback_days() default 180;

    @AttributeDefinition(name = "Churned below P(alive)", min = "0", max = "1",
            description = "With the CLV lifetime model installed: churned when P(alive) is below this.")
    double churned_p_alive_below() default 0.1;

    @AttributeDefinition(name = "At risk below P(alive)", min = "0", max = "1",
            description = "With the CLV lifetime model installed: at risk when P(alive) is below this.")
    double at_risk_p_alive_below() default 0.5;
}
