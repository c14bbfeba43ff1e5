package io.tierbench.report.wecom.internal;

/**
 * A classifier scheme exported as a WeCom tag group of its own: one tag per label, named in Chinese.
 *
 * @param classifierId the classifier, e.g. {@code frequency}
 * @param scheme the scheme, e.g. {@code interactions}
 * @param groupName the WeCom tag group
 */
record SchemeGroup(String classifierId, String scheme, String groupName) {
}
