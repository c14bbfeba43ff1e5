package io.tierbench.profile.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classifiers a tier policy reads: in every rule and tag rule, the names before {@code .} or {@code [} other than
 * the policy's own variables ({@code facts}, {@code customer}, {@code interactions}), text in quotes left out. A
 * classifier {@code big-spender} is read as {@code big_spender}.
 */
final class PolicyReferences {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern ROOT = Pattern.compile("(?<![\\w.\\]])([A-Za-z_]\\w*)\\s*[.\\[]");
    private static final Set<String> NOT_CLASSIFIERS = Set.of("facts", "customer", "interactions");

    private PolicyReferences() {
    }

    /** @return per rule or tag key, the classifier roots its condition reads, first occurrence first */
    static Map<String, Set<String>> classifierRoots(Map<String, String> policy) {
        Map<String, Set<String>> roots = new LinkedHashMap<>();
        policy.forEach((key, value) -> {
            if (!key.startsWith("rule.") && !key.startsWith("tag.")) {
                return;
            }
            String code = blankStrings(key.startsWith("rule.") && value.contains("->")
                    ? value.substring(0, value.lastIndexOf("->")) : value);
            Matcher matcher = ROOT.matcher(code);
            Set<String> found = new java.util.LinkedHashSet<>();
            while (matcher.find()) {
                if (!NOT_CLASSIFIERS.contains(matcher.group(1))) {
                    found.add(matcher.group(1));
                }
            }
            if (!found.isEmpty()) {
                roots.put(key, found);
            }
        });
        return roots;
    }

    /** @return the name rules use for a classifier id */
    static String rootOf(String classifierId) {
        return classifierId.replace('-', '_');
    }

    private static String blankStrings(String code) {
        Matcher matcher = STRING_LITERAL.matcher(code);
        StringBuilder blanked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(blanked, Matcher.quoteReplacement("\"" + " ".repeat(matcher.group().length() - 2)
                    + "\""));
        }
        matcher.appendTail(blanked);
        return blanked.toString();
    }
}
