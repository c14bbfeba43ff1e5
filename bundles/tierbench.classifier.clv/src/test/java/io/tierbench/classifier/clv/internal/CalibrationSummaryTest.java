package io.tierbench.classifier.clv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PurchaseFacts to (x, t_x, T, zbar), against the README's rules and Hardie's summary of CDNOW_sample.txt. */
class CalibrationSummaryTest {

    private static final LocalDate END = CdnowData.CALIBRATION_END;

    @Test
    void everyCdnowCustomerMatchesThePublishedSummary() {
        List<PurchaseFacts> facts = CdnowData.facts(CdnowData.transactions(), END);
        Map<Integer, CdnowData.Row> published = CdnowData.summaryWithSpend().stream()
                .collect(Collectors.toMap(CdnowData.Row::id, Function.identity()));
        assertEquals(2357, facts.size());
        int merged = 0;
        for (PurchaseFacts customer : facts) {
            CalibrationSummary summary = CalibrationSummary.of(customer, END, TimeUnit.WEEKS);
            CdnowData.Row row = published.get(Integer.parseInt(customer.customerId()));
            String id = customer.customerId();
            assertEquals(row.x(), summary.x(), "x of " + id);
            assertEquals(row.tx(), cents(summary.tx()), 0, "t_x of " + id);
            assertEquals(row.bigT(), cents(summary.bigT()), 0, "T of " + id);
            assertEquals(row.zbar(), cents(summary.zbar()), 0, "zbar of " + id);
            merged += customer.purchaseCount() > customer.purchaseDays() ? 1 : 0;
        }
        // the merge mattered: README says that without it x would be wrong for 80 customers, which are exactly
        // those with several orders on one day in calibration
        assertEquals(80, merged);
    }

    @Test
    void sameDayOrdersAreOnePurchaseAndFirstDayOrdersAreNotRepeats() {
        // ID 9999 (made up): two orders on the first day, two on 1997-02-10, one on 1997-03-03
        List<CdnowData.Transaction> orders = List.of(
                order("1997-01-06", "10.00"), order("1997-01-06", "5.00"),
                order("1997-02-10", "20.00"), order("1997-02-10", "7.50"), order("1997-03-03", "12.25"),
                order("1997-10-01", "99.00"));
        PurchaseFacts facts = CdnowData.facts(orders, END).get(0);
        CalibrationSummary summary = CalibrationSummary.of(facts, END, TimeUnit.WEEKS);
        assertEquals(2, summary.x());
        assertEquals(56 / 7.0, summary.tx(), 1e-12);    // 1997-01-06 to 1997-03-03
        assertEquals(267 / 7.0, summary.bigT(), 1e-12); // 1997-01-06 to 1997-09-30
        assertEquals((27.50 + 12.25) / 2, summary.zbar(), 1e-12);
        CalibrationSummary days = CalibrationSummary.of(facts, END, TimeUnit.DAYS);
        assertEquals(56, days.tx(), 0);
        assertEquals(267, days.bigT(), 0);
    }

    @Test
    void aSinglePurchaseDayHasNoRepeats() {
        PurchaseFacts facts = CdnowData.facts(List.of(order("1997-03-25", "0.00")), END).get(0);
        CalibrationSummary summary = CalibrationSummary.of(facts, END, TimeUnit.WEEKS);
        assertEquals(new CalibrationSummary("9999", 0, 0, 27, 0), summary);
        assertEquals(false, summary.hasRepeatSpend());
    }

    private static CdnowData.Transaction order(String date, String dollars) {
        return new CdnowData.Transaction(9999, LocalDate.parse(date), new BigDecimal(dollars));
    }

    private static double cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
