package io.tierbench.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes indented JSON text, two spaces a level, the way a script saving WeCom's answers with a pretty printer
 * would. Only what the WeCom sample needs: objects, arrays, strings, whole numbers and booleans.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder();
    /** Per open object or array: whether it has a member yet. */
    private final List<Boolean> hasMember = new ArrayList<>();
    private boolean afterName;

    JsonText beginObject() {
        value();
        out.append('{');
        hasMember.add(false);
        return this;
    }

    JsonText endObject() {
        return close('}');
    }

    JsonText beginArray() {
        value();
        out.append('[');
        hasMember.add(false);
        return this;
    }

    JsonText endArray() {
        return close(']');
    }

    JsonText name(String name) {
        value();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonText value(String text) {
        value();
        string(text);
        return this;
    }

    JsonText value(long number) {
        value();
        out.append(number);
        return this;
    }

    JsonText value(boolean bool) {
        value();
        out.append(bool);
        return this;
    }

    /** An array of strings on one line, as pretty printers often write short arrays. */
    JsonText values(List<String> texts) {
        value();
        out.append('[');
        for (int i = 0; i < texts.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            string(texts.get(i));
        }
        out.append(']');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Starts a value or a member: a comma after the previous one, and a new line at the right depth. */
    private void value() {
        if (afterName) {
            afterName = false;
            return;
        }
        int depth = hasMember.size();
        if (depth == 0) {
            return;
        }
        if (hasMember.get(depth - 1)) {
            out.append(',');
        }
        hasMember.set(depth - 1, true);
        out.append('\n').append("  ".repeat(depth));
    }

    private JsonText close(char bracket) {
        boolean any = hasMember.remove(hasMember.size() - 1);
        if (any) {
            out.append('\n').append("  ".repeat(hasMember.size()));
        }
        out.append(bracket);
        return this;
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
