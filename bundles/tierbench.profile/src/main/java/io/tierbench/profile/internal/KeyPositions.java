package io.tierbench.profile.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each key of a properties text is written: the lines of its entry and the column its value starts at, so a
 * problem can point at it and a merge can replace the entry in place. Follows the properties format: {@code #} and {@code !} comments, a key ending at an
 * unescaped {@code =}, {@code :} or white space, a line ending in an odd number of backslashes continuing.
 */
final class KeyPositions {

    /**
     * @param firstLine the entry's first line (0-based)
     * @param lastLine its last line, continuation lines included (0-based)
     * @param valueColumn the column its value starts at (1-based)
     */
    record Entry(String key, int firstLine, int lastLine, int valueColumn) {
    }

    private KeyPositions() {
    }

    /** @return each key's entry; of a key written twice, the last (which is the one read) */
    static Map<String, Entry> of(String text) {
        Map<String, Entry> positions = new LinkedHashMap<>();
        String[] lines = lines(text);
        int index = 0;
        while (index < lines.length) {
            int first = index;
            String line = lines[index];
            while (endsWithContinuation(lines[index]) && index + 1 < lines.length) {
                index++;
            }
            index++;
            String stripped = line.stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            int offset = line.length() - stripped.length();
            StringBuilder key = new StringBuilder();
            int i = offset;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    key.append(unescape(line.charAt(i + 1)));
                    i += 2;
                    continue;
                }
                if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                    break;
                }
                key.append(c);
                i++;
            }
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i < line.length() && (line.charAt(i) == '=' || line.charAt(i) == ':')) {
                i++;
            }
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            positions.remove(key.toString());
            positions.put(key.toString(), new Entry(key.toString(), first, index - 1, i + 1));
        }
        return positions;
    }

    static String[] lines(String text) {
        return text.split("\r\n|\r|\n", -1);
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static char unescape(char c) {
        return switch (c) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            default -> c;
        };
    }
}
