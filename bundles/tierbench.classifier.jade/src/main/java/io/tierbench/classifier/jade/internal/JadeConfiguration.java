package io.tierbench.classifier.jade.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the jade classifier, PID {@code tierbench.classifier.jade}. An underscore in a method name is a
 * dot in the property name ({@code points_per_yuan} is {@code points.per.yuan}). List properties take an array or
 * one text with entries separated by {@code ;}, as a {@code .cfg} file writes them.
 *
 * <p>Decimals are text so that they are read exactly ({@code 0.1} yuan, {@code 60} %), never as binary fractions.
 */
@ObjectClassDefinition(name = "Tierbench jade classifier",
        description = "Jade (翡翠) edition: the customer's preference (collection / wearing / investment), imported "
                + "or inferred from the categories of their purchases, and their membership level from points.")
public @interface JadeConfiguration {

    @AttributeDefinition(name = "Preference attributes",
            description = "Customer attributes holding an imported preference, tried in order; the first that is "
                    + "set and names a preference (收藏/佩戴/投资 or collection/wearing/investment) wins over the "
                    + "purchases. Empty: always infer.")
    String[] preference_attributes() default {"preference", "偏好"};

    @AttributeDefinition(name = "Preference of each category",
            description = "'category=preference' entries: the order category as the shop writes it (any case), "
                    + "and collection, wearing or investment (or 收藏, 佩戴, 投资). Purchases in other categories "
                    + "are not used to infer a preference.")
    String[] category_preferences() default {
        "手镯=wearing", "镯子=wearing", "吊坠=wearing", "挂件=wearing", "戒指=wearing", "戒面=wearing",
        "耳环=wearing", "耳坠=wearing", "耳钉=wearing", "项链=wearing", "手链=wearing", "手串=wearing",
        "珠串=wearing", "胸针=wearing", "bangle=wearing", "pendant=wearing", "ring=wearing", "earrings=wearing",
        "necklace=wearing", "bracelet=wearing", "beads=wearing",
        "摆件=collection", "把件=collection", "雕件=collection", "山子=collection", "ornament=collection",
        "carving=collection",
        "原石=investment", "赌石=investment", "毛料=investment", "明料=investment", "高货=investment",
        "raw stone=investment", "rough=investment"};

    @AttributeDefinition(name = "Inference: minimum share (%)",
            description = "An inferred preference needs at least this share of the customer's categorised spend; "
                    + "below it the customer is mixed. More than 50 (so at most one preference can hold it), at "
                    + "most 100.")
    String inference_min_share() default "60";

    @AttributeDefinition(name = "Points attributes",
            description = "Customer attributes holding imported points, tried in order; the first that is set and "
                    + "is a number not below 0 is used. Without one, points are earned from spend.")
    String[] points_attributes() default {"points", "积分"};

    @AttributeDefinition(name = "Membership level attributes",
            description = "Customer attributes holding an imported membership level (普通会员/银卡会员/金卡会员/钻石会员 "
                    + "or regular/silver/gold/diamond). The level follows the points; the imported one is only kept "
                    + "for a customer with neither imported points nor a purchase, and named when it disagrees.")
    String[] membership_level_attributes() default {"membership_level", "会员等级"};

    @AttributeDefinition(name = "Points per yuan",
            description = "Points earned per yuan of completed purchase spend (all history up to the as-of date), "
                    + "for customers without imported points; rounded down to whole points. Greater than 0.")
    String points_per_yuan() default "0.1";

    @AttributeDefinition(name = "Regular from (points)", min = "0",
            description = "Points from which a customer is a regular member; below it, not a member. "
                    + "0 <= regular < silver < gold < diamond.")
    long level_regular_points() default 0;

    @AttributeDefinition(name = "Silver from (points)", min = "0", description = "Points from which a member is silver.")
    long level_silver_points() default 800;

    @AttributeDefinition(name = "Gold from (points)", min = "0", description = "Points from which a member is gold.")
    long level_gold_points() default 4000;

    @AttributeDefinition(name = "Diamond from (points)", min = "0",
            description = "Points from which a member is diamond.")
    long level_diamond_points() default 16000;
}
