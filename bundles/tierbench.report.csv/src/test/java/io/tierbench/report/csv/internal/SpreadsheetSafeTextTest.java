package io.tierbench.report.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTextTest {

    @Test
    void formulasBecomeText() {
        assertEquals("'=HYPERLINK(\"http://x\",\"点我\")", SpreadsheetSafeText.of("=HYPERLINK(\"http://x\",\"点我\")"));
        assertEquals("'@SUM(A1)", SpreadsheetSafeText.of("@SUM(A1)"));
        assertEquals("'+cmd|' /C calc'!A0", SpreadsheetSafeText.of("+cmd|' /C calc'!A0"));
        assertEquals("'-", SpreadsheetSafeText.of("-"));
    }

    @Test
    void numbersPhonesAndTextStayAsTheyAre() {
        assertEquals("+86 139 **** 4321", SpreadsheetSafeText.of("+86 139 **** 4321"));
        assertEquals("-12.50", SpreadsheetSafeText.of("-12.50"));
        assertEquals("张伟", SpreadsheetSafeText.of("张伟"));
        assertEquals("", SpreadsheetSafeText.of(""));
    }
}
