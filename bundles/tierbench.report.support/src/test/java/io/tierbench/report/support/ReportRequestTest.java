package io.tierbench.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tierbench.api.report.ReportContent;
import io.tierbench.api.report.ReportRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API 1.1 addition the report bundles rely on: what a request holds when its content is not given. */
class ReportRequestTest {

    private final ReportFixture shop = ReportFixture.open();

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void theVersionOneConstructorAsksForTheClassificationTable() {
        ReportRequest request = new ReportRequest(7, "fr", true, shop.customers(), shop.runs());

        assertEquals(ReportContent.CLASSIFICATION_TABLE, request.content());
        assertEquals("en", request.language());
        assertEquals(ReportContent.CLASSIFICATION_TABLE,
                new ReportRequest(7, null, "zh", false, shop.customers(), shop.runs()).content());
    }

    @Test
    void contentIsNamedByItsShortKey() {
        assertEquals(ReportContent.WIN_BACK, ReportContent.fromKey("WinBack"));
        assertEquals(ReportContent.CONTACT_THIS_WEEK, ReportContent.fromKey("contact"));
        assertEquals("unknown report content 'vip': expected table, contact or winback",
                assertThrows(IllegalArgumentException.class, () -> ReportContent.fromKey("vip")).getMessage());
    }

    @Test
    void anUnknownRunIsRefusedBeforeAnythingIsWritten() {
        ReportRequest request = new ReportRequest(999, ReportContent.CLASSIFICATION_TABLE, "en", false,
                shop.customers(), shop.runs());

        assertEquals("no run 999", assertThrows(IllegalArgumentException.class, () -> ReportRun.open(request))
                .getMessage());
    }
}
