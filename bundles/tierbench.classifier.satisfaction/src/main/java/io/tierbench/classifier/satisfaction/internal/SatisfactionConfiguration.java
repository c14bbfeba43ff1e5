package io.tierbench.classifier.satisfaction.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the satisfaction classifier, PID {@code tierbench.classifier.satisfaction}. An underscore in a
 * method name is a dot in the property name ({@code window_days} is {@code window.days}).
 *
 * <p>List-valued properties accept either a real array or one string whose entries are separated by {@code ;},
 * because a plain {@code .cfg} file can only hold strings.
 */
@ObjectClassDefinition(name = "Tierbench satisfaction classifier",
        description = "Labels each customer high / medium / low / unknown satisfaction from interactions: the CSAT "
                + "mean when there are CSAT answers, else the latest NPS answer, else the polarity of feedback "
                + "texts (keyword lexicon), else unknown; recent complaints cap the level. Also labels each "
                + "customer's NPS category and reports the company NPS.")
public @interface SatisfactionConfiguration {

    @AttributeDefinition(name = "Window (days)", min = "0",
            description = "Interactions counted for CSAT, NPS and feedback polarity: N = the last N days, the as-of "
                    + "date included (from as-of minus N-1 days); 0 = all history up to the as-of date.")
    int window_days() default 365;

    @AttributeDefinition(name = "CSAT mean for high", min = "1", max = "5",
            description = "A CSAT mean (answers 1..5) at or above this is high satisfaction.")
    double csat_high() default 4.0;

    @AttributeDefinition(name = "CSAT mean for medium", min = "1", max = "5",
            description = "A CSAT mean at or above this, and below the high threshold, is medium; below it, low.")
    double csat_medium() default 3.0;

    @AttributeDefinition(name = "Complaint window (days)", min = "1",
            description = "Complaints (interactions of kind COMPLAINT) counted for the cap: the last N days, the "
                    + "as-of date included. Independent of window.days.")
    int complaint_days() default 90;

    @AttributeDefinition(name = "Complaints capping at medium", min = "0",
            description = "At least this many recent complaints cap the level at medium (high becomes medium); "
                    + "0 = no cap.")
    int complaint_medium_count() default 1;

    @AttributeDefinition(name = "Complaints making low", min = "0",
            description = "At least this many recent complaints make the level low, also for a customer whose "
                    + "level would otherwise be unknown; 0 = never.")
    int complaint_low_count() default 3;

    @AttributeDefinition(name = "Positive keywords",
            description = "Words that make a FEEDBACK text positive, English or Chinese, matched case-insensitively "
                    + "as substrings (an English keyword only at the start of a word, so 'satisf' does not match "
                    + "'dissatisfied'). A text is positive when it has more positive than negative matches.")
    String[] polarity_positive() default {
        "满意;很好;不错;喜欢;推荐;精美;热情;好看;会再来;赞;"
            + "satisf;happy;great;good;excellent;love;recommend;thank;perfect"
    };

    @AttributeDefinition(name = "Negative keywords",
            description = "Words that make a FEEDBACK text negative. Where a negative keyword contains a positive "
                    + "one (不满意 contains 满意, 'not good' contains 'good'), the positive match inside it is "
                    + "ignored.")
    String[] polarity_negative() default {
        "不满;不好;不喜欢;不推荐;差;失望;投诉;退货;退款;偏高;太贵;太慢;划痕;不符;"
            + "dissatisf;unhappy;disappoint;not good;not happy;not satisf;bad;poor;terrible;awful;complain;"
            + "refund;broken;slow;expensive"
    };
}
