package io.tierbench.importer.csv.internal;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Chooses the field delimiter from the header row: comma as most tools write, semicolon as Excel writes where the
 * comma is the decimal separator (much of Europe), or tab (TSV, and text copied out of a spreadsheet). Headers hold no
 * numbers, so the delimiter is simply the most frequent of the three outside quotes; comma wins ties, so a one-column
 * header stays a comma file.
 */
final class DelimiterDetector {

    private static final char[] CANDIDATES = {',', ';', '\t'};

    private DelimiterDetector() {
    }

    /**
     * Reads ahead up to the end of the header row, or at most {@code limit} characters, and goes back.
     *
     * @param reader positioned at the header row; it is left there
     * @return {@code ','}, {@code ';'} or {@code '\t'}
     */
    static char detect(BufferedReader reader, int limit) throws IOException {
        int[] counts = new int[CANDIDATES.length];
        reader.mark(limit);
        boolean quoted = false;
        for (int read = 0; read < limit; read++) {
            int c = reader.read();
            if (c < 0 || !quoted && (c == '\n' || c == '\r')) {
                break;
            }
            // A doubled quote inside a quoted field toggles twice, leaving the state as it was.
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                count((char) c, counts);
            }
        }
        reader.reset();
        return mostFrequent(counts);
    }

    private static void count(char c, int[] counts) {
        for (int i = 0; i < CANDIDATES.length; i++) {
            if (CANDIDATES[i] == c) {
                counts[i]++;
            }
        }
    }

    private static char mostFrequent(int[] counts) {
        int best = 0;
        for (int i = 1; i < CANDIDATES.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return CANDIDATES[best];
    }
}
