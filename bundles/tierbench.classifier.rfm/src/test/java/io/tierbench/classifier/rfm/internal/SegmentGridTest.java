package io.tierbench.classifier.rfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentGridTest {

    /** PRODUCT.md's table, row by row from R = 5 down to R = 1, columns FM = 1..5. */
    private static final String[][] PRODUCT_TABLE = {
        {"New Customers", "Potential Loyalist", "Loyal Customers", "Champions", "Champions"},
        {"Promising", "Potential Loyalist", "Potential Loyalist", "Loyal Customers", "Champions"},
        {"Promising", "Need Attention", "Potential Loyalist", "Loyal Customers", "Loyal Customers"},
        {"About To Sleep", "Need Attention", "Need Attention", "At Risk", "At Risk"},
        {"Lost", "Hibernating", "At Risk", "Can't Lose Them", "Can't Lose Them"},
    };

    private static final String[] SMALL_GRID = {"High: 22 21", "Low: 12 11"};

    @Test
    void defaultGridIsTheProductTable() {
        List<String> problems = new ArrayList<>();
        SegmentGrid grid = SegmentGrid.parse(TestConfigurations.defaults().segments(), 5, problems);
        assertEquals(List.of(), problems);
        for (int r = 5; r >= 1; r--) {
            for (int fm = 1; fm <= 5; fm++) {
                assertEquals(PRODUCT_TABLE[5 - r][fm - 1], grid.segmentAt(r, fm).name(), "R=" + r + ", FM=" + fm);
            }
        }
        assertEquals(11, grid.segments().size());
    }

    @Test
    void uncoveredCellIsNamed() {
        assertEquals(List.of("RFM grid: cell R=1, FM=2 is not covered by any segment"),
                problems("High: 22 21", "Low: 11"));
    }

    @Test
    void doublyAssignedCellIsNamedWithBothSegments() {
        assertEquals(List.of("RFM grid: cell R=2, FM=1 is assigned to both High and Low"),
                problems("High: 22 21", "Low: 21 12 11"));
    }

    @Test
    void cellListedTwiceInOneEntryIsNamed() {
        assertEquals(List.of("RFM grid: cell R=2, FM=2 is listed twice for High"),
                problems("High: 22 21 22", "Low: 12 11"));
    }

    @Test
    void entryWithoutColonIsMalformed() {
        List<String> problems = problems("High 22 21", "Low: 12 11");
        assertTrue(problems.get(0).startsWith("segments entry 'High 22 21' is malformed"), problems.toString());
    }

    @Test
    void entryWithoutCellsIsMalformed() {
        List<String> problems = problems("High:", "Low: 22 21 12 11");
        assertEquals(List.of("segments entry 'High:' is malformed: expected 'Name: RF RF ...', e.g. "
                + "'Champions: 55 54 45'"), problems);
    }

    @Test
    void cellOutsideTheGridIsMalformed() {
        List<String> problems = problems("High: 22 23", "Low: 21 12 11");
        assertEquals("segments entry 'High: 22 23' is malformed: cell '23' must be two digits, the R score then "
                + "the FM score, each 1..2", problems.get(0));
    }

    @Test
    void cellThatIsNotTwoDigitsIsMalformed() {
        assertTrue(problems("High: 22 2x 21", "Low: 12 11").get(0).contains("cell '2x'"));
        assertTrue(problems("High: 22 212", "Low: 21 12 11").get(0).contains("cell '212'"));
    }

    @Test
    void namesWithTheSameKeyClash() {
        assertTrue(problems("At Risk: 22 21", "At-Risk: 12 11").contains(
                "segments: 'At Risk' and 'At-Risk' have the same key 'at-risk'"));
    }

    @Test
    void noPurchasesIsReserved() {
        assertTrue(problems("No Purchases: 22 21", "Low: 12 11").get(0).contains("reserved"));
    }

    @Test
    void oneStringWithSemicolonsIsAListToo() {
        List<String> problems = new ArrayList<>();
        SegmentGrid grid = SegmentGrid.parse(new String[] {"High: 22 21; Low: 12 11"}, 2, problems);
        assertEquals(List.of(), problems);
        assertEquals("Low", grid.segmentAt(1, 2).name());
        assertEquals("High", grid.segmentAt(2, 1).name());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertEquals(2, problems("High: 22 21 21", "Low: 11").size());
        assertEquals(List.of(), problems(SMALL_GRID));
    }

    private static List<String> problems(String... entries) {
        List<String> problems = new ArrayList<>();
        SegmentGrid.parse(entries, 2, problems);
        return problems;
    }
}
