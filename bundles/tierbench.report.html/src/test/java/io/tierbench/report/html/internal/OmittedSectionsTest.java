package io.tierbench.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.repository.ClassifierInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run in which the classifiers completed but labelled nobody, as over an empty customer base. */
class OmittedSectionsTest {

    @Test
    void sectionsOfClassifiersThatLabelledNobodyAreLeftOutWithTheReasonInEitherLanguage() throws IOException {
        try (TestRepositories repositories = new TestRepositories()) {
            long run = repositories.runs.startRun(LocalDate.of(2026, 6, 30));
            for (String id : List.of("rfm", "abc", "clv", "lifecycle", "satisfaction")) {
                repositories.runs.saveResults(run, new ClassifierInfo(id, id, "1.0.0", Map.of()), "", List.of());
            }
            repositories.runs.finishRun(run);

            GeneratedReport english = GeneratedReport.generate(repositories, run, "en", "empty-en.html");
            GeneratedReport chinese = GeneratedReport.generate(repositories, run, "zh", "empty-zh.html");

            assertEquals("No classifier stored labels in this run.", english.omittedNote(Section.DISTRIBUTION));
            assertEquals("The RFM classifier stored no labels in this run, so this section is left out.",
                    english.omittedNote(Section.RFM_GRID));
            assertEquals("No customer has revenue in the ABC window, so there is no curve to draw.",
                    english.omittedNote(Section.PARETO));
            assertEquals("本次运行中“生命周期阶段”分类器没有保存任何标签，因此省略本节。",
                    chinese.omittedNote(Section.LIFECYCLE));
            for (String section : List.of(Section.DISTRIBUTION, Section.RFM_GRID, Section.PARETO, Section.CLV,
                    Section.LIFECYCLE, Section.SATISFACTION, Section.MIGRATION)) {
                assertNull(english.section(section), section);
                assertTrue(english.omittedNote(section) != null, section);
            }
            assertTrue(english.document().select("[data-chart]").isEmpty());
        }
    }
}
