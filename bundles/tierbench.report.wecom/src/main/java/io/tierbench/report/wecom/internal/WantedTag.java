package io.tierbench.report.wecom.internal;

/**
 * A tag Tierbench wants in WeCom.
 *
 * @param group the tag group's name
 * @param name the tag's name, as customers see it in WeCom
 * @param order WeCom's order value: larger comes first
 * @param id WeCom's tag id, or {@code null} when WeCom does not have the tag yet
 */
record WantedTag(String group, String name, int order, String id) {

    boolean exists() {
        return id != null;
    }
}
