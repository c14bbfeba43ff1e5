package io.tierbench.report.html.internal;

import static io.tierbench.report.html.internal.GeneratedReport.list;
import static io.tierbench.report.html.internal.GeneratedReport.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the dashboards in a real browser, Debian's headless Chromium driven through its chromedriver, and checks
 * that every chart was drawn (an SVG with shapes in every container), that no script failed and that the page
 * asked for nothing over the network. Screenshots of the demo shop's dashboard, in English and in Chinese, are
 * kept under {@code target/screenshots/}.
 *
 * <p>Chromium is required, never skipped: without it this test fails and says how to install it.
 */
@ExtendWith(DemoShopFixture.class)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int WIDTH = 1400;

    private static TestRepositories handBuilt;
    private static GeneratedReport english;
    private static GeneratedReport chinese;
    private static GeneratedReport hostile;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void reportAndOpenChromium() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            // Only README's test command may waive the browser, and only after it tried to install Chromium and
            // said loudly that it could not; any other run without Chromium fails here.
            assumeFalse("absent".equals(System.getProperty("tierbench.browser")),
                    "Chromium could not be installed on this machine (see ./test.sh's warning)");
            fail("The dashboard browser test needs Debian's Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ". Install them with: sudo apt-get install -y chromium chromium-driver "
                    + "(and fonts-noto-cjk for readable Chinese screenshots).");
        }
        english = DemoShopFixture.shop().english;
        chinese = DemoShopFixture.shop().chinese;
        handBuilt = new TestRepositories();
        HandBuiltRuns runs = new HandBuiltRuns();
        runs.loadInto(handBuilt.customers, handBuilt.runs);
        hostile = GeneratedReport.generate(handBuilt, runs.secondRun, "en", "hand-built-browser.html");
        browser = startChromium();
    }

    @AfterAll
    static void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        if (handBuilt != null) {
            handBuilt.close();
        }
    }

    private static ChromeDriver startChromium() throws IOException {
        // A driver path of our own, so Selenium Manager never looks for, let alone downloads, a driver or browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profiles = Files.createDirectories(Path.of("target", "chromium-profile")).toAbsolutePath();
        profile = Files.createTempDirectory(profiles, "run-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=" + WIDTH + ",900",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Test
    void englishDashboardDrawsEveryChartWithoutAnError() throws IOException {
        open(english);

        assertEveryChartDrawn(english);
        assertGridAndFunnelShowTheirLabels(english);
        screenshot("report-dashboard.png");
    }

    @Test
    void chineseDashboardDrawsEveryChartWithoutAnError() throws IOException {
        open(chinese);

        assertEveryChartDrawn(chinese);
        assertGridAndFunnelShowTheirLabels(chinese);
        screenshot("report-dashboard-zh.png");
    }

    @Test
    void everyMigrationMatrixCanBeChosenAndIsDrawn() {
        open(english);
        List<Map<String, Object>> matrices = list(english.section(Section.MIGRATION), "matrices");

        for (int i = 0; i < matrices.size(); i++) {
            String svgText = (String) browser.executeScript("var select = document.getElementById('migration-select');"
                    + "select.value = arguments[0]; select.dispatchEvent(new Event('change'));"
                    + "return document.querySelector('[data-chart=migration] svg').textContent;", String.valueOf(i));
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) matrices.get(i).get("labels");
            for (String label : labels) {
                assertTrue(svgText.contains(label), matrices.get(i).get("title") + " lacks " + label);
            }
            assertEquals(matrices.get(i).get("note"),
                    browser.executeScript("return document.getElementById('migration-moved').textContent;"));
        }
        assertEquals(List.of(), browser.executeScript("return window.tierbenchErrors;"));
    }

    @Test
    void aLabelThatLooksLikeAScriptDoesNotRun() {
        open(hostile);

        assertEveryChartDrawn(hostile);
        assertEquals(Boolean.TRUE, browser.executeScript("return window.tierbenchPwned === undefined;"));
    }

    @Test
    void theChecksCatchAScriptErrorAndABlockedRequest() throws IOException {
        Path broken = GeneratedReport.DIRECTORY.resolve("broken-dashboard.html").toAbsolutePath();
        Files.writeString(broken, english.html().replace("</body>",
                "<img src=\"http://127.0.0.1:9/tracker.png\"><script>noSuchFunction();</script>\n</body>"));

        Diagnostics diagnostics = load(broken);

        assertTrue(diagnostics.scriptErrors().toString().contains("noSuchFunction"), diagnostics.toString());
        assertTrue(diagnostics.severeConsole().stream().anyMatch(m -> m.contains("noSuchFunction")),
                diagnostics.toString());
        assertTrue(diagnostics.severeConsole().stream().anyMatch(m -> m.contains("Content Security Policy")),
                diagnostics.toString());
        // Chromium lists a request in the resource timings even when the policy blocks it: an attempt is caught.
        assertEquals(List.of("http://127.0.0.1:9/tracker.png"), diagnostics.requests());
    }

    /**
     * What went wrong while a page loaded.
     *
     * @param scriptErrors errors the page's own hook caught
     * @param severeConsole SEVERE entries of the browser console
     * @param requests URLs the page tried to fetch
     */
    private record Diagnostics(Object scriptErrors, List<String> severeConsole, Object requests) {
    }

    private static Diagnostics load(Path page) {
        browser.manage().window().setSize(new Dimension(WIDTH, 900));
        browser.get(page.toUri().toString());
        // The dashboard draws while the page loads; get() returns after the load event.
        assertEquals("drawn", browser.executeScript("return document.documentElement.getAttribute('data-charts');"));
        return new Diagnostics(browser.executeScript("return window.tierbenchErrors;"), severeConsoleEntries(),
                browser.executeScript(
                        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });"));
    }

    private static void open(GeneratedReport report) {
        Diagnostics diagnostics = load(report.file());
        assertEquals(List.of(), diagnostics.scriptErrors(), "script errors");
        assertEquals(List.of(), diagnostics.severeConsole(), "SEVERE browser console entries");
        assertEquals(List.of(), diagnostics.requests(), "requests the page tried");
    }

    private static List<String> severeConsoleEntries() {
        List<String> severe = new ArrayList<>();
        try {
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    severe.add(entry.getMessage());
                }
            }
        } catch (WebDriverException | UnsupportedOperationException e) {
            // The driver does not hand out its console log; window.tierbenchErrors still caught every error.
            System.err.println("Browser console log not available: " + e.getMessage());
        }
        return severe;
    }

    /** Every chart container holds one SVG with drawn shapes, and there is one container per chart of the data. */
    private static void assertEveryChartDrawn(GeneratedReport report) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.executeScript(
                "return Array.prototype.map.call(document.querySelectorAll('[data-chart]'), function (el) {"
                        + " return {chart: el.getAttribute('data-chart') + '#' + el.getAttribute('data-index'),"
                        + " rendered: el.getAttribute('data-rendered'), svgs: el.querySelectorAll('svg').length,"
                        + " shapes: el.querySelectorAll('svg path, svg rect').length,"
                        + " width: el.getBoundingClientRect().width }; });");
        assertEquals(report.document().select("[data-chart]").size(), charts.size());
        assertTrue(charts.size() >= 14, "charts: " + charts.size());
        for (Map<String, Object> chart : charts) {
            String name = (String) chart.get("chart");
            assertEquals("true", chart.get("rendered"), name);
            assertEquals(1L, chart.get("svgs"), name);
            assertTrue((Long) chart.get("shapes") > 0, name + " has no shapes");
            assertTrue(((Number) chart.get("width")).doubleValue() > 200, name + " is too narrow to read");
        }
    }

    /** The drawn grid names the segment of every occupied cell, and the funnel every stage. */
    private static void assertGridAndFunnelShowTheirLabels(GeneratedReport report) {
        String grid = (String) browser.executeScript(
                "return document.querySelector('[data-chart=rfm-grid] svg').textContent;");
        for (Map<String, Object> cell : list(report.section(Section.RFM_GRID), "cells")) {
            if (number(cell.get("customers")) > 0) {
                assertTrue(grid.contains((String) cell.get("segment")), "grid lacks " + cell);
            }
        }
        String funnel = (String) browser.executeScript(
                "return document.querySelector('[data-chart=lifecycle] svg').textContent;");
        for (Map<String, Object> stage : list(report.section(Section.LIFECYCLE), "stages")) {
            assertTrue(funnel.contains(stage.get("label") + ": " + stage.get("customers")), "funnel lacks " + stage);
        }
    }

    /** Saves the whole page: the window is stretched to the page's height first. */
    private static void screenshot(String name) throws IOException {
        long height = (Long) browser.executeScript(
                "return Math.ceil(document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(WIDTH, (int) height));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
