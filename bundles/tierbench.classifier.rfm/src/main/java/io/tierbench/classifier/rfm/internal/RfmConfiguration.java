package io.tierbench.classifier.rfm.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the RFM classifier, PID {@code tierbench.classifier.rfm}. An underscore in a method name is a
 * dot in the property name ({@code window_days} is {@code window.days}).
 *
 * <p>List-valued properties accept either a real array or one string whose entries are separated by {@code ;},
 * because a plain {@code .cfg} file can only hold strings.
 */
@ObjectClassDefinition(name = "Tierbench RFM classifier",
        description = "Scores recency, frequency and monetary value 1..bins over the customers with purchases, then "
                + "labels each customer with a named segment (R score x FM score grid) and with the Chinese "
                + "eight-class value model (raw values against their means).")
public @interface RfmConfiguration {

    @AttributeDefinition(name = "Window (days)", min = "0",
            description = "Purchases counted: 0 = all history up to the as-of date; N = the last N days, the "
                    + "as-of date included (from as-of minus N-1 days).")
    int window_days() default 0;

    @AttributeDefinition(name = "Score bins", min = "2", max = "9",
            description = "Number of R, F and M scores (2..9); score = 1 + floor(bins * L / N).")
    int score_bins() default 5;

    @AttributeDefinition(name = "Segments",
            description = "One entry per named segment: 'Name: RF RF ...', each cell two digits, the R score then "
                    + "the FM score. Together the entries must cover every cell of the bins x bins grid exactly "
                    + "once. The label key is the name in kebab case (Can't Lose Them -> cant-lose-them).")
    String[] segments() default {
        "Champions: 55 54 45",
        "Loyal Customers: 53 44 34 35",
        "Potential Loyalist: 52 42 43 33",
        "New Customers: 51",
        "Promising: 41 31",
        "Need Attention: 32 22 23",
        "About To Sleep: 21",
        "At Risk: 24 25 13",
        "Can't Lose Them: 14 15",
        "Hibernating: 12",
        "Lost: 11"
    };

    @AttributeDefinition(name = "Segment labels (Chinese)",
            description = "Chinese segment labels: 'Segment Name=中文' (or 'segment-key=中文'). The labels shipped "
                    + "with the bundle cover the default segments; entries here replace them, and a segment with "
                    + "no Chinese label shows its English name.")
    String[] segment_labels_zh() default {};

    @AttributeDefinition(name = "Value model labels (English)",
            description = "English labels of the eight-class model: 'key=Label', keys important-value, "
                    + "important-development, important-retention, important-winback, general-value, "
                    + "general-development, general-retention, general-winback. Empty = the shipped labels.")
    String[] value_labels_en() default {};

    @AttributeDefinition(name = "Value model labels (Chinese)",
            description = "Chinese labels of the eight-class model: 'key=中文', keys as for the English labels. "
                    + "Empty = the shipped labels (重要价值客户 ...).")
    String[] value_labels_zh() default {};
}
