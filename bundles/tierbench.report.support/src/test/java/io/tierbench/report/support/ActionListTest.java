package io.tierbench.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.model.Label;
import io.tierbench.api.report.ReportContent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The action lists of the hand-built shop, whose members and order are worked out in {@link ReportFixture}. */
class ActionListTest {

    private final ReportFixture shop = ReportFixture.open();

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void contactThisWeekHoldsHighValueCustomersAtRiskMostSpentFirst() {
        ActionList list = (ActionList) ReportTables.of(run(false), ReportContent.CONTACT_THIS_WEEK);

        assertEquals(ReportFixture.CONTACT_THIS_WEEK, list.customerIds());
        List<List<Object>> rows = rows(list);
        Label c01 = (Label) rows.get(0).get(column(list, "reason"));
        assertEquals("rfm.segment=cant-lose-them,lifecycle.stage=at-risk+clv.predictive=top", c01.key());
        assertEquals("RFM segment Can't Lose Them; lifecycle stage At risk with CLV tier Top", c01.en());
        assertEquals("RFM 细分：不能失去；生命周期：有流失风险，CLV 等级：高价值客户", c01.zh());
        assertEquals("lifecycle.stage=at-risk+clv.predictive=top",
                ((Label) rows.get(1).get(column(list, "reason"))).key());
        assertEquals(List.of(1L, 2L), rows.stream().map(row -> row.get(0)).toList());
    }

    @Test
    void winBackHoldsChurnedCustomersWithPastValue() {
        ActionList list = (ActionList) ReportTables.of(run(false), ReportContent.WIN_BACK);

        assertEquals(ReportFixture.WIN_BACK, list.customerIds());
        List<List<Object>> rows = rows(list);
        assertEquals("abc.class=b,rfm.segment=at-risk,rfm.value=important-winback",
                ((Label) rows.get(0).get(column(list, "reason"))).key());
        assertEquals("clv.historical=top", ((Label) rows.get(1).get(column(list, "reason"))).key());
        assertEquals("rfm.value=important-winback", ((Label) rows.get(2).get(column(list, "reason"))).key());
    }

    @Test
    void listsAreMaskedLikeTheTable() {
        ActionList list = (ActionList) ReportTables.of(run(true), ReportContent.WIN_BACK);
        List<List<Object>> rows = rows(list);

        assertEquals("王*", rows.get(0).get(column(list, "name")));
        assertEquals("+86 139 **** 4321", rows.get(0).get(column(list, "phone")));
    }

    private ReportRun run(boolean mask) {
        return ReportRun.open(shop.request(ReportContent.CLASSIFICATION_TABLE, "en", mask));
    }

    private static int column(ReportTable table, String key) {
        return table.columns().stream().map(ReportColumn::key).toList().indexOf(key);
    }

    private static List<List<Object>> rows(ReportTable table) {
        List<List<Object>> rows = new ArrayList<>();
        table.forEachRow(rows::add);
        return rows;
    }
}
