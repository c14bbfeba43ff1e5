package io.tierbench.report.wecom.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The validated configuration: the groups the export writes into. A configuration WeCom would refuse (a group
 * name longer than WeCom allows) or that gives one group two owners fails the component's activation, so the
 * previous export settings are never half-replaced.
 *
 * @param tierGroup the group of the tier tags
 * @param ruleGroup the group of rule tags written without one
 * @param schemes further classifier schemes, each a group of its own
 */
record ExportSettings(String tierGroup, String ruleGroup, List<SchemeGroup> schemes) {

    /** add_corp_tag: "group_name 标签组名称，最长为30个字符", "tag.name 添加的标签名称，最长为30个字符". */
    static final int MAX_NAME_LENGTH = 30;

    ExportSettings {
        schemes = List.copyOf(schemes);
        Set<String> names = new HashSet<>();
        for (String group : groups(tierGroup, ruleGroup, schemes)) {
            if (!names.add(group)) {
                throw new IllegalArgumentException("tag group '" + group + "' is configured twice: the tier group, "
                        + "the rule-tag group and each scheme need groups of their own");
            }
        }
        Set<String> paths = new HashSet<>();
        for (SchemeGroup scheme : schemes) {
            if (!paths.add(scheme.classifierId() + "/" + scheme.scheme())) {
                throw new IllegalArgumentException("schemes: " + scheme.classifierId() + "/" + scheme.scheme()
                        + " is listed twice");
            }
        }
    }

    static ExportSettings of(WecomTagExportConfiguration configuration) {
        List<SchemeGroup> schemes = new ArrayList<>();
        for (String value : configuration.schemes()) {
            // a .cfg file cannot hold an array: entries may share one value, ';' between them
            for (String entry : value.split(";")) {
                if (!entry.isBlank()) {
                    schemes.add(scheme(entry.strip()));
                }
            }
        }
        return new ExportSettings(groupName("tier_group", configuration.tier_group()),
                groupName("rule_group", configuration.rule_group()), schemes);
    }

    /** {@code frequency/interactions} or {@code frequency/interactions=互动频次}. */
    private static SchemeGroup scheme(String entry) {
        int equals = entry.indexOf('=');
        String path = (equals < 0 ? entry : entry.substring(0, equals)).strip();
        int slash = path.indexOf('/');
        if (slash <= 0 || slash == path.length() - 1 || path.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("schemes: '" + entry + "' is not <classifier>/<scheme>[=<group "
                    + "name>], e.g. frequency/interactions=互动频次");
        }
        String group = equals < 0 ? path : entry.substring(equals + 1);
        return new SchemeGroup(path.substring(0, slash).strip(), path.substring(slash + 1).strip(),
                groupName("schemes", group));
    }

    static String groupName(String attribute, String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(attribute + ": a tag group needs a name");
        }
        if (tooLong(stripped)) {
            throw new IllegalArgumentException(attribute + ": '" + stripped + "' is longer than the "
                    + MAX_NAME_LENGTH + " characters WeCom allows a tag group");
        }
        return stripped;
    }

    static boolean tooLong(String name) {
        return name.codePointCount(0, name.length()) > MAX_NAME_LENGTH;
    }

    private static List<String> groups(String tierGroup, String ruleGroup, List<SchemeGroup> schemes) {
        List<String> groups = new ArrayList<>();
        groups.add(tierGroup);
        groups.add(ruleGroup);
        schemes.forEach(scheme -> groups.add(scheme.groupName()));
        return groups;
    }
}
