package io.tierbench.importer.wecom.internal;

/**
 * A corporate tag on a contact, by name.
 *
 * @param group the tag group's name, or {@code null}
 * @param name the tag's name
 */
record CorpTag(String group, String name) {
}
