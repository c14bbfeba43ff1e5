package io.tierbench.report.wecom.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        id = WecomTagReportGenerator.PID,
        name = "Tierbench WeCom tag export",
        description = "Which WeCom (企业微信) tag groups the wecom report writes a run's tiers and tags into. The "
                + "export holds WeCom ids and tag names only, never names or phone numbers, so --mask does not "
                + "change it: WeCom needs its ids as they are.")
public @interface WecomTagExportConfiguration {

    @AttributeDefinition(
            name = "Tier tag group",
            description = "The WeCom tag group that holds one tag per tier, named in Chinese (钻石, 金, 银 ...). "
                    + "Tierbench owns this group: a customer's tag in it that is not its tier of the run is removed. "
                    + "At most 30 characters.")
    String tier_group() default "客户分级";

    @AttributeDefinition(
            name = "Default rule-tag group",
            description = "The WeCom tag group of rule tags written without a group (tag.高频购买 in the tier "
                    + "policy); tag.<group>/<name> keeps its group. Tierbench owns this group; in a group named by a "
                    + "rule only the rule's own tags are Tierbench's. At most 30 characters.")
    String rule_group() default "Tierbench标签";

    @AttributeDefinition(
            name = "Further classifier schemes",
            description = "Classifier schemes exported as tag groups of their own besides the tiers and rule tags, "
                    + "each as <classifier>/<scheme>, optionally =<group name>, e.g. frequency/interactions=互动频次. "
                    + "Without a group name the group is named <classifier>/<scheme>. In a .cfg file, ';' between "
                    + "entries. Tierbench owns these groups. Default: none.")
    String[] schemes() default {};
}
