package io.tierbench.api.config;

import java.util.Objects;

/**
 * One reason a client profile cannot be applied.
 *
 * @param file the profile file, e.g. {@code tierbench.tiering.cfg}; {@code profile.properties} for the profile's
 *        description, or {@code ""} for the folder as a whole
 * @param key the configuration key concerned, or {@code ""} when the problem is the file's
 * @param line the line in the file (1-based), or 0 when not known
 * @param column the column in that line (1-based) where the value concerned starts, or 0 when not known
 * @param message what is wrong, naming the expected value; a validator's message keeps its own position within
 *        the value (e.g. {@code rule.20 (line 1, column 5)})
 * @since 1.0
 */
public record ProfileProblem(String file, String key, int line, int column, String message) {

    public ProfileProblem {
        Objects.requireNonNull(file, "file");
        key = key == null ? "" : key;
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code file:line:column: key: message}, leaving out what is not known */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file.isEmpty() ? "(profile)" : file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!key.isEmpty() && !message.startsWith(key)) {
            text.append(key).append(": ");
        }
        return text.append(message).toString();
    }
}
