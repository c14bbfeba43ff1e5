package io.tierbench.classifier.clv.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the CLV classifier, PID {@code tierbench.classifier.clv}. An underscore in a method name is a
 * dot in the property name ({@code time_unit} is {@code time.unit}). List-valued properties accept a real array or
 * one string with entries separated by {@code ;}.
 */
@ObjectClassDefinition(name = "Tierbench CLV classifier",
        description = "Customer lifetime value: historical (average order value x purchases per year x margin x "
                + "expected lifetime) and predictive (BG/NBD purchases x Gamma-Gamma spend, discounted monthly), "
                + "each tiered by quantiles or thresholds.")
public @interface ClvConfiguration {

    @AttributeDefinition(name = "Schemes",
            description = "Schemes to label: predictive (tier by discounted BG/NBD x Gamma-Gamma CLV) and/or "
                    + "historical (tier by historical CLV). Dropping predictive skips the model fit.")
    String[] schemes() default {"predictive", "historical"};

    @AttributeDefinition(name = "Time unit", options = {
        @org.osgi.service.metatype.annotations.Option(label = "weeks", value = "weeks"),
        @org.osgi.service.metatype.annotations.Option(label = "days", value = "days")},
            description = "Unit of recency t_x, age T and of the BG/NBD rate alpha: weeks (as in the papers) or days.")
    String time_unit() default "weeks";

    @AttributeDefinition(name = "Horizon (months)", min = "1",
            description = "Months ahead counted in expected purchases and the predictive CLV.")
    int horizon_months() default 12;

    @AttributeDefinition(name = "Monthly discount rate", min = "0",
            description = "Cash in month m is divided by (1 + rate)^m, e.g. 0.01 for 1 % a month.")
    String discount_rate_monthly() default "0.01";

    @AttributeDefinition(name = "Gross margin", min = "0",
            description = "Share of revenue that is profit, 0..1; 1.0 makes CLV a revenue value. Both methods.")
    String margin() default "1.0";

    @AttributeDefinition(name = "Expected lifetime (years)", min = "0",
            description = "Historical CLV: years a customer keeps buying at the observed rate.")
    String historical_lifetime_years() default "3";

    @AttributeDefinition(name = "Minimum tenure (days)", min = "1",
            description = "Historical CLV: purchases per year = purchases x 365 / max(tenure, this), tenure being "
                    + "the days from the first purchase to the as-of date; keeps new customers from exploding.")
    int historical_min_tenure_days() default 30;

    @AttributeDefinition(name = "Tier shares",
            description = "Quantile tiers, from the top: the share of customers with a purchase in 'top', then "
                    + "in 'middle'; the rest are 'low'. A customer's tier follows from the share of customers "
                    + "with a strictly higher CLV, so equal values share a tier.")
    String[] tier_shares() default {"0.2", "0.3"};

    @AttributeDefinition(name = "Predictive CLV thresholds",
            description = "If set, two amounts 'top; middle' replacing the quantiles for the predictive scheme: "
                    + "CLV >= top is top, >= middle is middle, else low.")
    String[] tier_thresholds_predictive() default {};

    @AttributeDefinition(name = "Historical CLV thresholds",
            description = "As for the predictive thresholds, for the historical scheme.")
    String[] tier_thresholds_historical() default {};

    @AttributeDefinition(name = "Tier labels (English)",
            description = "Overrides of the shipped English labels: 'key=Label', keys top, middle, low, "
                    + "no-purchases.")
    String[] tier_labels_en() default {};

    @AttributeDefinition(name = "Tier labels (Chinese)",
            description = "Overrides of the shipped Chinese labels: 'key=中文', keys as for English.")
    String[] tier_labels_zh() default {};

    @AttributeDefinition(name = "Fewest customers to fit", min = "2",
            description = "BG/NBD is fitted only with at least this many customers with a purchase; fewer is an error.")
    int fit_min_customers() default 20;

    @AttributeDefinition(name = "Fewest repeat customers to fit", min = "2",
            description = "Gamma-Gamma is fitted only with at least this many customers with a repeat purchase of "
                    + "positive value; fewer is an error.")
    int fit_min_repeat_customers() default 10;

    @AttributeDefinition(name = "Simplex evaluations", min = "10",
            description = "Likelihood evaluations the Nelder-Mead stage of each fit may use.")
    int fit_max_evaluations() default 20000;

    @AttributeDefinition(name = "Newton iterations", min = "0",
            description = "Newton iterations that polish each fit until the gradient vanishes.")
    int fit_max_iterations() default 50;
}
