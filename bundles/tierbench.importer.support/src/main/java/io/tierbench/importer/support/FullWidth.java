package io.tierbench.importer.support;

/**
 * Chinese input methods type digits and punctuation in their full-width forms ({@code １２３．５０}); numbers and dates
 * are read after turning those into ASCII.
 */
final class FullWidth {

    private static final char FIRST = '\uFF01';
    private static final char LAST = '\uFF5E';
    private static final int OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private FullWidth() {
    }

    /** @return the text with full-width ASCII forms and the ideographic space replaced; the same instance if none */
    static String toAscii(String text) {
        int first = firstFullWidth(text);
        if (first < 0) {
            return text;
        }
        StringBuilder ascii = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST) {
                ascii.append((char) (c - OFFSET));
            } else if (c == IDEOGRAPHIC_SPACE) {
                ascii.append(' ');
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    private static int firstFullWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST || c == IDEOGRAPHIC_SPACE) {
                return i;
            }
        }
        return -1;
    }
}
