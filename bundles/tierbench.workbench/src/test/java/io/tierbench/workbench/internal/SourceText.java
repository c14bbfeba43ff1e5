package io.tierbench.workbench.internal;

/**
 * Splits JavaScript or CSS text into code and comments, minding string literals ('…', "…", `…`), so that a
 * {@code //} inside a string is not read as a comment. Regular expression literals are not recognised; the
 * workbench's own regular expressions hold no quote and no {@code //}, which {@link SourceTextTest} keeps true for
 * what the tests rely on.
 */
final class SourceText {

    private SourceText() {
    }

    /** @return the text with every comment replaced by a space (line breaks kept) */
    static String withoutComments(String text) {
        StringBuilder code = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                code.append(' ');
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                String comment = text.substring(i, end < 0 ? text.length() : end + 2);
                comment.chars().filter(ch -> ch == '\n').forEach(ch -> code.append('\n'));
                code.append(' ');
                i += comment.length();
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closingQuote(text, i);
                code.append(text, i, end);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** @return the index after the string literal that starts at {@code start} */
    private static int closingQuote(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' && quote != '`') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
