package io.tierbench.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.tierbench.api.report.ReportRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A dashboard written by the real generator and read back: the file, its HTML parsed by jsoup, and the page's data
 * element parsed as JSON.
 */
record GeneratedReport(Path file, String html, Document document, Map<String, Object> data) {

    /** Where the tests' reports go: a build artifact, opened by the browser test too. */
    static final Path DIRECTORY = Path.of("target", "reports");

    static GeneratedReport generate(TestRepositories repositories, long runId, String language, String fileName)
            throws IOException {
        Path file = DIRECTORY.resolve(fileName).toAbsolutePath();
        new HtmlDashboardReport().generate(
                new ReportRequest(runId, language, false, repositories.customers, repositories.runs), file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Document document = Jsoup.parse(html);
        Element data = document.getElementById(DashboardPage.DATA_ELEMENT_ID);
        assertNotNull(data, "the page has its data element");
        assertEquals("application/json", data.attr("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(data.data());
        return new GeneratedReport(file, html, document, json);
    }

    /** @return the page without the inlined ECharts library, whose own text has nothing to do with the data */
    String htmlWithoutLibrary() {
        return html.replace(PageAssets.load().echarts(), "");
    }

    /** @return a shown section's figures, or {@code null} when the section is left out */
    @SuppressWarnings("unchecked")
    Map<String, Object> section(String id) {
        return ((Map<String, Map<String, Object>>) data.get("sections")).get(id);
    }

    /** @return the text of the note that explains why a section is left out, or {@code null} when it is shown */
    String omittedNote(String id) {
        Element note = document.selectFirst("#section-" + id + " p.omitted");
        return note == null ? null : note.text();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    static long number(Object value) {
        return ((java.math.BigDecimal) value).longValueExact();
    }
}
