package io.tierbench.api.config;

/**
 * A key whose value an application changed in a file.
 *
 * @param key the configuration key
 * @param before the value before, or {@code null} when the key was not in the file (or the file did not exist)
 * @param after the value written, or {@code null} when the key is no longer in the file
 * @since 1.0
 */
public record KeyChange(String key, String before, String after) {
}
