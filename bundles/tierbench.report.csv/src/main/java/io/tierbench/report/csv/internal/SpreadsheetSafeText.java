package io.tierbench.report.csv.internal;

/**
 * Keeps a spreadsheet from running a cell as a formula when it opens the CSV file: customer names and tags come from
 * outside (imports, WeCom), and a value such as {@code =HYPERLINK(...)} would otherwise become a live formula.
 * Such a cell gets a leading apostrophe, which spreadsheets show as text. Numbers and phone numbers that start with
 * {@code +} or {@code -} are left alone.
 */
final class SpreadsheetSafeText {

    private SpreadsheetSafeText() {
    }

    static String of(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
                || (first == '+' || first == '-') && !looksLikeANumber(text);
        return formula ? "'" + text : text;
    }

    private static boolean looksLikeANumber(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '*') {
                return false;
            }
        }
        return text.length() > 1;
    }
}
