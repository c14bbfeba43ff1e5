package io.tierbench.api.model;

import java.util.Objects;

/**
 * A tag on a customer, such as {@code 老客户} in group {@code 客户类型}.
 *
 * <p>Tags are kept apart by source, so that recomputing one kind never touches another: {@value #IMPORTED} for tags
 * read from the shop's files, {@value #WECOM} for WeCom (企业微信) corporate tags, {@value #RULE} for tags the tier
 * policy's rules compute at every run, and {@value #MANUAL} for tags people set by hand, which no rule touches.
 *
 * @param customerId the customer's external id
 * @param group the tag group, or {@code null} when the tag has none
 * @param name the tag as people read it
 * @param source where the tag came from
 * @since 1.1
 */
public record CustomerTag(String customerId, String group, String name, String source) {

    /** Source of tags read from customer or tag files. */
    public static final String IMPORTED = "import";

    /** Source of WeCom corporate tags. */
    public static final String WECOM = "wecom";

    /** Source of tags computed by the tag rules of the tier policy, replaced at every run. @since 1.2 */
    public static final String RULE = "rule";

    /** Source of tags people set by hand; rules never change them. @since 1.2 */
    public static final String MANUAL = "manual";

    public CustomerTag {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (name.isBlank()) {
            throw new IllegalArgumentException("tag name must not be blank");
        }
        group = group == null || group.isBlank() ? null : group;
    }

    /** @return {@code group/name}, or the name alone when the tag has no group */
    public String qualifiedName() {
        return group == null ? name : group + "/" + name;
    }
}
