package io.tierbench.classifier.jade.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.classifier.support.testing.FakeClassificationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The membership scheme with the default levels: regular from 0, silver 800, gold 4000, diamond 16000 points. */
class MembershipTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void importedPointsGiveTheLevelWithTheNextLevelAndThePointsToIt() throws Exception {
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1", "points", "3594", "membership_level", "银卡会员"));
        Classification c1 = Runs.of(result, "membership", "c1");

        assertEquals("silver", c1.label().key());
        assertEquals("银卡会员", c1.label().zh());
        assertEquals("Silver member", c1.label().en());
        assertEquals(Map.of("points", new BigDecimal("3594"), "points_source", BigDecimal.ONE,
                "next_level", BigDecimal.valueOf(3), "points_to_next_level", new BigDecimal("406")), c1.scores());
        assertTrue(c1.explanation().startsWith("Imported points 3594 (attribute points) -> silver (银卡会员): >= silver "
                + "threshold 800, below gold threshold 4000 (406 to go). Imported level '银卡会员' (attribute "
                + "membership_level) agrees."), c1.explanation());
    }

    @Test
    void eachThresholdIsReachedExactlyAtItsPoints() throws Exception {
        FakeClassificationContext context = new FakeClassificationContext(AS_OF).streamingOrders();
        String[][] cases = {{"0", "regular"}, {"799", "regular"}, {"800", "silver"}, {"3999", "silver"},
            {"4000", "gold"}, {"15999", "gold"}, {"16000", "diamond"}, {"250000", "diamond"}};
        for (String[] c : cases) {
            context.person("p" + c[0], "points", c[0]);
        }
        ClassifierResult result = Runs.run(context);

        for (String[] c : cases) {
            assertEquals(c[1], Runs.labels(result, "membership").get("p" + c[0]), c[0] + " points");
        }
        Classification top = Runs.of(result, "membership", "p16000");
        assertFalse(top.scores().containsKey("next_level"), top.scores().toString());
        assertTrue(top.explanation().contains(">= diamond threshold 16000, the top level"), top.explanation());
        assertEquals(BigDecimal.ONE, Runs.of(result, "membership", "p799").scores().get("points_to_next_level"));
    }

    @Test
    void withoutImportedPointsPointsAreEarnedOnCompletedSpendAtOnePointPerTenYuanRoundedDown() throws Exception {
        // 12000.00 + 345.60 completed = 12345.60 -> 1234.56 -> 1234 points (silver); the refund does not count;
        // 7999.99 -> 799 (regular) and 8000.00 -> 800 (silver), the silver threshold in spend
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1").bought("c1", "手镯", "12000.00").bought("c1", "吊坠", "345.60")
                .order("c1", "原石", "90000.00", OrderStatus.REFUNDED, AS_OF)
                .person("under").bought("under", "手镯", "7999.99")
                .person("at").bought("at", "手镯", "8000.00"));
        Classification c1 = Runs.of(result, "membership", "c1");

        assertEquals("silver", c1.label().key());
        assertEquals(new BigDecimal("1234"), c1.scores().get("points"));
        assertEquals(BigDecimal.valueOf(2), c1.scores().get("points_source"));
        assertTrue(c1.explanation().startsWith("No imported points; earned 1234 points = 12345.60 spent on 2 "
                + "completed purchases up to 2026-06-30 x 0.1 per yuan, rounded down -> silver"), c1.explanation());
        assertEquals("regular", Runs.labels(result, "membership").get("under"));
        assertEquals("silver", Runs.labels(result, "membership").get("at"));
    }

    @Test
    void anImportedLevelThatDisagreesIsNamedButThePointsDecide() throws Exception {
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1", "points", "5000", "membership_level", "钻石会员"));
        Classification c1 = Runs.of(result, "membership", "c1");

        assertEquals("gold", c1.label().key());
        assertTrue(c1.explanation().contains("Imported level '钻石会员' (attribute membership_level) is diamond "
                + "(钻石会员), which disagrees: the label follows the points"), c1.explanation());
        assertTrue(result.summary().contains("the imported level disagrees with the points for 1."),
                result.summary());
    }

    @Test
    void chineseAttributeNamesEnglishLevelsAndThousandsSeparatorsAreRead() throws Exception {
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1", "积分", "12,500", "会员等级", "Gold member"));
        Classification c1 = Runs.of(result, "membership", "c1");

        assertEquals("gold", c1.label().key());
        assertEquals(new BigDecimal("12500"), c1.scores().get("points"));
        assertTrue(c1.explanation().contains("agrees"), c1.explanation());
    }

    @Test
    void pointsThatAreNotANumberAreIgnoredAndSpendDecides() throws Exception {
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("c1", "points", "n/a").bought("c1", "手镯", "40000"));
        Classification c1 = Runs.of(result, "membership", "c1");

        assertEquals("gold", c1.label().key());
        assertEquals(new BigDecimal("4000"), c1.scores().get("points"));
        assertTrue(c1.explanation().startsWith("Imported points 'n/a' (attribute points) are not a number"),
                c1.explanation());
    }

    @Test
    void noPointsNoPurchaseAndNoLevelIsNoneWhileAnImportedLevelAloneIsKept() throws Exception {
        ClassifierResult result = Runs.run(new FakeClassificationContext(AS_OF).streamingOrders()
                .person("nobody")
                .person("refunded-only").order("refunded-only", "手镯", "5000", OrderStatus.REFUNDED, AS_OF)
                .person("level-only", "membership_level", "金卡会员"));

        assertEquals(Map.of("nobody", "none", "refunded-only", "none", "level-only", "gold"),
                Runs.labels(result, "membership"));
        Classification none = Runs.of(result, "membership", "nobody");
        assertEquals("非会员", none.label().zh());
        assertEquals(Map.of(), none.scores());
        assertTrue(none.explanation().startsWith("No imported points; no completed purchase; no imported level -> "
                + "none (非会员)."), none.explanation());
        assertTrue(Runs.of(result, "membership", "level-only").explanation().contains(
                "imported level '金卡会员' (attribute membership_level) is kept -> gold (金卡会员)"));
    }

    @Test
    void pointsBelowARaisedRegularThresholdAreNotAMember() throws Exception {
        ClassifierResult result = Runs.classifier(Map.of("level_regular_points", 100L)).classify(
                new FakeClassificationContext(AS_OF).streamingOrders().person("c1", "points", "99"));
        Classification c1 = Runs.of(result, "membership", "c1");

        assertEquals("none", c1.label().key());
        assertEquals(BigDecimal.ONE, c1.scores().get("next_level"));
        assertTrue(c1.explanation().contains("-> none (非会员): below regular threshold 100 (1 to go)"),
                c1.explanation());
    }
}
