package io.tierbench.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PageTextTest {

    @Test
    void bothLanguagesSayTheSameThings() {
        assertEquals(new TreeSet<>(PageText.of("en").keys()), new TreeSet<>(PageText.of("zh").keys()));
    }

    @Test
    void fillsNumberedPlaceholdersAndLeavesApostrophesAlone() {
        PageText english = PageText.of("en");

        assertEquals("Company NPS +12.5: 3 promoters, 2 passives, 1 detractors over each customer's latest answer; "
                + "0 customers without an answer.", english.format("note.nps", "+12.5", 3, 2, 1, 0));
        assertEquals("第 7 次运行 \u00b7 截至 2026-06-30",
                PageText.of("zh").format("page.subtitle", 7, "2026-06-30"));
    }

    @Test
    void namesKnownClassifiersAndSchemesAndFallsBackForOthers() {
        PageText chinese = PageText.of("zh");

        assertEquals("生命周期阶段", chinese.classifierName("lifecycle", "Lifecycle stage"));
        assertEquals("Big spender", chinese.classifierName("big-spender", "Big spender"));
        assertEquals("八类价值模型", chinese.schemeName("rfm", "value"));
        assertEquals("tier", chinese.schemeName("big-spender", "tier"));
    }

    @Test
    void anyLanguageButChineseIsEnglishAndAMissingTextIsAnError() {
        assertEquals("Customer tiering dashboard", PageText.of("fr").get("page.title"));
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> PageText.of("en").get("no.such.key"));
        assertTrue(error.getMessage().contains("no.such.key"));
    }
}
