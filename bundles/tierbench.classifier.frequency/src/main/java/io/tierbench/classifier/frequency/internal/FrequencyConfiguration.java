package io.tierbench.classifier.frequency.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the frequency classifier, PID {@code tierbench.classifier.frequency}. An underscore in a method
 * name is a dot in the property name ({@code purchases_window_days} is {@code purchases.window.days}).
 *
 * <p>The lowest bands are fixed by what their labels say: one purchase day is one-time and two start occasional;
 * one interaction is occasional; none is none / silent. Only the upper boundaries are configurable.
 */
@ObjectClassDefinition(name = "Tierbench frequency classifier",
        description = "Two schemes from one pass. purchases: distinct days with a completed purchase in the purchase "
                + "window -> frequent / regular / occasional (2+) / one-time (1) / none (0). interactions: "
                + "interactions in the interaction window -> very-active / active / occasional (1+) / silent (0). "
                + "Windows end on the as-of date and include it.")
public @interface FrequencyConfiguration {

    @AttributeDefinition(name = "Purchase window (days)", min = "1",
            description = "Purchases counted: the last N days, the as-of date included (from as-of minus N-1 days "
                    + "to the as-of date).")
    int purchases_window_days() default 365;

    @AttributeDefinition(name = "Frequent buyer from (purchase days)", min = "4",
            description = "At least this many distinct purchase days in the window is frequent; must be above "
                    + "purchases.regular.min.")
    int purchases_frequent_min() default 12;

    @AttributeDefinition(name = "Regular buyer from (purchase days)", min = "3",
            description = "At least this many distinct purchase days (and fewer than purchases.frequent.min) is "
                    + "regular; must be above 2, because 2 purchase days start occasional and 1 is one-time.")
    int purchases_regular_min() default 4;

    @AttributeDefinition(name = "Interaction window (days)", min = "1",
            description = "Interactions counted: the last N days, the as-of date included (from as-of minus N-1 "
                    + "days to the as-of date), by the day the interaction occurred.")
    int interactions_window_days() default 90;

    @AttributeDefinition(name = "Very active from (interactions)", min = "3",
            description = "At least this many interactions in the window is very active; must be above "
                    + "interactions.active.min.")
    int interactions_very_active_min() default 8;

    @AttributeDefinition(name = "Active from (interactions)", min = "2",
            description = "At least this many interactions (and fewer than interactions.very.active.min) is active; "
                    + "must be above 1, because a single interaction is occasional.")
    int interactions_active_min() default 3;

    @AttributeDefinition(name = "Interaction kinds counted",
            description = "Which kinds count, separated by ';' or as an array: communication, service, feedback, "
                    + "complaint, referral (or 沟通, 服务, 反馈, 投诉, 推荐); empty = every kind.")
    String[] interactions_kinds() default {};
}
