package io.tierbench.report.xlsx.internal;

/** Columns a text takes on screen: East Asian wide and full-width characters take two, as in a spreadsheet. */
final class DisplayWidth {

    private DisplayWidth() {
    }

    static int of(String text) {
        return text.codePoints().map(DisplayWidth::columns).sum();
    }

    private static int columns(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || codePoint >= 0x20000;
        return wide ? 2 : 1;
    }
}
