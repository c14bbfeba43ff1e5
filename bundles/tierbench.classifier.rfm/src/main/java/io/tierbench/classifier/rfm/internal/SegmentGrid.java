package io.tierbench.classifier.rfm.internal;

import io.tierbench.classifier.support.ConfigEntries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The bins x bins grid of R score against FM score, each cell assigned to exactly one named segment.
 *
 * <p>Parsing collects every problem instead of stopping at the first, so a consultant fixes a configuration in
 * one pass.
 */
final class SegmentGrid {

    private static final Pattern CELL = Pattern.compile("\\d\\d");

    private final Segment[][] cells;
    private final List<Segment> segments;

    private SegmentGrid(Segment[][] cells, List<Segment> segments) {
        this.cells = cells;
        this.segments = List.copyOf(segments);
    }

    /**
     * @param entries the {@code segments} property: {@code Name: RF RF ...} entries
     * @param bins the number of scores per axis, 2..9
     * @param problems receives one message per malformed entry, clashing key, doubly assigned or uncovered cell
     * @return the grid; complete only when no problem was added
     */
    static SegmentGrid parse(String[] entries, int bins, List<String> problems) {
        List<Segment> segments = new ArrayList<>();
        for (String entry : ConfigEntries.list(entries)) {
            Segment segment = parseEntry(entry, bins, problems);
            if (segment != null) {
                segments.add(segment);
            }
        }
        checkKeys(segments, problems);
        Segment[][] cells = new Segment[bins][bins];
        segments.forEach(segment -> place(segment, cells, problems));
        checkCovered(cells, problems);
        return new SegmentGrid(cells, segments);
    }

    private static Segment parseEntry(String entry, int bins, List<String> problems) {
        int colon = entry.indexOf(':');
        String name = colon < 0 ? "" : entry.substring(0, colon).trim();
        String[] tokens = colon < 0 ? new String[0] : entry.substring(colon + 1).trim().split("\\s+");
        if (name.isEmpty() || ConfigEntries.key(name).isEmpty() || tokens[0].isEmpty()) {
            problems.add("segments entry '" + entry + "' is malformed: expected 'Name: RF RF ...', e.g. "
                    + "'Champions: 55 54 45'");
            return null;
        }
        List<String> cells = new ArrayList<>();
        for (String token : tokens) {
            if (!CELL.matcher(token).matches() || !inGrid(token.charAt(0), bins) || !inGrid(token.charAt(1), bins)) {
                problems.add("segments entry '" + entry + "' is malformed: cell '" + token + "' must be two digits, "
                        + "the R score then the FM score, each 1.." + bins);
                return null;
            }
            cells.add(token);
        }
        return new Segment(name, ConfigEntries.key(name), cells);
    }

    private static boolean inGrid(char digit, int bins) {
        return digit >= '1' && digit - '0' <= bins;
    }

    private static void checkKeys(List<Segment> segments, List<String> problems) {
        Map<String, Segment> byKey = new HashMap<>();
        for (Segment segment : segments) {
            Segment earlier = byKey.putIfAbsent(segment.key(), segment);
            if (RfmLabels.NO_PURCHASES_KEY.equals(segment.key())) {
                problems.add("segments: the name '" + segment.name() + "' is reserved for customers without "
                        + "purchases");
            } else if (earlier != null) {
                problems.add("segments: '" + earlier.name() + "' and '" + segment.name() + "' have the same key '"
                        + segment.key() + "'");
            }
        }
    }

    private static void place(Segment segment, Segment[][] cells, List<String> problems) {
        for (String cell : segment.cells()) {
            int r = cell.charAt(0) - '1';
            int fm = cell.charAt(1) - '1';
            Segment owner = cells[r][fm];
            if (owner == null) {
                cells[r][fm] = segment;
            } else if (owner == segment) {
                problems.add(describe(cell) + " is listed twice for " + segment.name());
            } else {
                problems.add(describe(cell) + " is assigned to both " + owner.name() + " and " + segment.name());
            }
        }
    }

    private static void checkCovered(Segment[][] cells, List<String> problems) {
        for (int r = cells.length; r >= 1; r--) {
            for (int fm = 1; fm <= cells.length; fm++) {
                if (cells[r - 1][fm - 1] == null) {
                    problems.add(describe("" + r + fm) + " is not covered by any segment");
                }
            }
        }
    }

    private static String describe(String cell) {
        return "RFM grid: cell R=" + cell.charAt(0) + ", FM=" + cell.charAt(1);
    }

    /**
     * @param r the R score, 1..bins
     * @param fm the FM score, 1..bins
     * @return the segment of that cell
     */
    Segment segmentAt(int r, int fm) {
        return cells[r - 1][fm - 1];
    }

    /** @return the segments in configuration order */
    List<Segment> segments() {
        return segments;
    }
}
