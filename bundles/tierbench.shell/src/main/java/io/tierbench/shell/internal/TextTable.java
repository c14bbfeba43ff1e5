package io.tierbench.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table that pads by display width, so Chinese labels (two terminal columns per character) line up,
 * which Karaf's own table does not do.
 */
final class TextTable {

    private final String[] headers;
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = headers.clone();
        this.rightAligned = new boolean[headers.length];
    }

    TextTable alignRight(int column) {
        rightAligned[column] = true;
        return this;
    }

    void addRow(Object... cells) {
        String[] row = new String[headers.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
        }
        rows.add(row);
    }

    void print(PrintStream out) {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = displayWidth(headers[i]);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        }
        out.println(line(headers, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private String line(String[] cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String padding = " ".repeat(widths[i] - displayWidth(cells[i]));
            text.append(i == 0 ? "" : " | ").append(rightAligned[i] ? padding + cells[i] : cells[i] + padding);
        }
        return text.toString().stripTrailing();
    }

    /** Terminal columns a text takes: East Asian wide and full-width characters take two. */
    static int displayWidth(String text) {
        return text.codePoints().map(TextTable::columns).sum();
    }

    private static int columns(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || codePoint >= 0x20000;
        return wide ? 2 : 1;
    }
}
