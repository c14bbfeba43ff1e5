package io.tierbench.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web workbench of the real distribution in Debian's headless Chromium, driven as its users would: an admin logs
 * in and sees every installed classifier's card drawn without a console error, filters the customer table by an RFM
 * segment and opens a customer, changes an RFM setting in the generated form and sees the next run differ, installs
 * a view-contributing plugin jar through the plugins page and sees its card come and go; a viewer sees masked phone
 * numbers and neither reaches the plugins page nor its API. Screenshots of the dashboard and a customer page are
 * kept in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String AS_OF = "2026-06-30";
    private static final String ADMIN = "wbadmin";
    private static final String ADMIN_PASSWORD = "admin-" + Long.toHexString(System.nanoTime());
    private static final String VIEWER = "wbviewer";
    private static final String VIEWER_PASSWORD = "viewer-" + Long.toHexString(System.nanoTime());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KarafProcess karaf;
    private static ChromeDriver browser;
    private static String base;
    private static Path screenshots;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            assumeFalse("absent".equals(System.getProperty("tierbench.browser")),
                    "Chromium could not be installed on this machine (see ./test.sh's warning)");
            fail("The workbench browser test needs Debian's Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": sudo apt-get install -y chromium chromium-driver fonts-noto-cjk");
        }
        Path work = Paths.get(System.getProperty("tierbench.work"));
        karaf = KarafProcess.start(Paths.get(System.getProperty("tierbench.assembly")),
                work.resolveSibling(work.getFileName() + "-workbench"));
        karaf.addUser(ADMIN, ADMIN_PASSWORD, "admin");
        karaf.addUser(VIEWER, VIEWER_PASSWORD, "viewer");
        String prepared = karaf.execute("tierbench:import samples/customers.csv samples/orders.csv "
                + "samples/interactions.csv", "tierbench:classify --as-of " + AS_OF);
        assertTrue(prepared.contains("Repository now holds 300 customers"), prepared);
        base = karaf.webUrl();
        awaitWebServer();
        screenshots = Files.createDirectories(Paths.get(System.getProperty("tierbench.screenshots")));

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory(Files.createDirectories(work.resolveSibling("chromium-profiles")),
                "workbench-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    @Order(1)
    void anAdminLogsInAndTheDashboardDrawsEveryClassifiersCardWithoutAConsoleError() throws Exception {
        logIn(ADMIN, ADMIN_PASSWORD);
        Set<String> contributed = dashboardCardIds(ADMIN, ADMIN_PASSWORD);
        // One card from each classifier bundle.
        assertTrue(contributed.containsAll(Set.of("rfm-grid", "abc-pareto", "clv-distribution", "lifecycle-funnel",
                "satisfaction-nps")), contributed.toString());

        Set<String> drawn = awaitCardsRendered(contributed.size());
        assertEquals(contributed, drawn);
        for (WebElement card : testIds("dashboard-card")) {
            assertFalse(card.findElements(By.cssSelector("svg, canvas")).isEmpty()
                    && card.getText().isBlank(), "card " + card.getAttribute("data-view-id") + " shows something");
        }
        assertEquals(List.of(), severeConsoleEntries());
        screenshot("workbench-dashboard.png");
    }

    @Test
    @Order(2)
    void theCustomerTableFiltersByAnRfmSegmentAndOpensACustomer() throws Exception {
        browser.get(base + "/workbench/#/customers");
        WebElement label = awaitTestId("customer-filter-label");
        new Select(label).selectByValue("rfm/segment/champions");
        awaitTestId("customer-filter-apply").click();
        // 58 champions in the sample shop as of 2026-06-30 (tierbench:tiers), shown 50 to a page.
        waitFor(() -> testId("page-info").getText().contains("58"));
        List<WebElement> rows = testIds("customer-row");
        assertEquals(50, rows.size());
        String first = rows.get(0).getAttribute("data-customer-id");

        rows.get(0).click();
        waitFor(() -> testId("customer-title").getText().contains(first));
        WebElement segment = awaitElement(By.cssSelector(
                "[data-testid=customer-label][data-classifier=rfm][data-scheme=segment]"));
        assertEquals("champions", segment.getAttribute("data-label"));
        assertEquals(List.of(), severeConsoleEntries());
        screenshot("workbench-customer.png");
    }

    @Test
    @Order(3)
    void anRfmSettingChangedInItsFormMakesTheNextRunDiffer() throws Exception {
        browser.get(base + "/workbench/#/classifiers");
        WebElement rfm = awaitElement(By.cssSelector("[data-testid=classifier][data-classifier-id=rfm]"));
        WebElement window = awaitElement(By.cssSelector("[data-testid=classifier][data-classifier-id=rfm] "
                + "[data-testid=config-field][data-attribute='window.days']"));
        window.clear();
        window.sendKeys("90");
        rfm.findElement(By.cssSelector("[data-testid=classifier-save]")).click();
        waitFor(() -> !rfm.findElements(By.cssSelector("[data-testid=classifier-saved]")).isEmpty());
        karaf.awaitOutput(WAIT, out -> out.contains("window.days = 90"), "tierbench:classifiers");

        browser.get(base + "/workbench/#/runs");
        WebElement asOf = awaitTestId("run-as-of");
        // A date input takes keystrokes in the browser's locale order; set the ISO value as a user's picker would.
        browser.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", asOf, AS_OF);
        testId("run-start").click();
        // Run 1 was classified from the shell; the page lists run 2 as finished once the engine has stored it.
        waitFor(() -> testIds("run-row").stream().anyMatch(row -> "2".equals(row.getAttribute("data-run-id"))
                && row.getText().contains("finished")));
        // The same as-of date, only the window changed: customers whose purchases are all older than 90 days now
        // have no purchase in the window, so the RFM segments of the two runs differ.
        String migration = karaf.execute("tierbench:migration --classifier rfm --scheme segment");
        assertTrue(migration.matches("(?s).*: [1-9]\\d* of 300 customers changed label.*"), migration);
    }

    @Test
    @Order(4)
    void aViewPluginInstalledThroughThePluginsPageAddsItsCardAndUninstallingItTakesItAway() throws Exception {
        Path plugin = Paths.get(System.getProperty("tierbench.example.view"));
        browser.get(base + "/workbench/#/plugins");
        awaitTestId("plugin-file").sendKeys(plugin.toAbsolutePath().toString());
        testId("plugin-upload").click();
        awaitTestId("plugin-installed");

        // The workbench asks for the installed views at each page load.
        browser.get(base + "/workbench/#/dashboard");
        browser.navigate().refresh();
        awaitElement(By.cssSelector("[data-testid=minimal-view-card]"));
        assertEquals(List.of(), severeConsoleEntries());

        browser.get(base + "/workbench/#/plugins");
        WebElement bundle = awaitElement(By.cssSelector(
                "[data-testid=plugin-bundle][data-symbolic-name='" + System.getProperty("tierbench.example.view.bsn")
                        + "']"));
        bundle.findElement(By.cssSelector("[data-testid=plugin-uninstall]")).click();
        acceptConfirmation();
        awaitTestId("plugin-removed");

        browser.get(base + "/workbench/#/dashboard");
        browser.navigate().refresh();
        awaitCardsRendered(dashboardCardIds(ADMIN, ADMIN_PASSWORD).size());
        assertTrue(browser.findElements(By.cssSelector("[data-testid=minimal-view-card]")).isEmpty());
    }

    @Test
    @Order(5)
    void aViewerSeesMaskedPhonesAndCannotReachThePluginsPageOrItsApi() throws Exception {
        testId("logout").click();
        logIn(VIEWER, VIEWER_PASSWORD);
        browser.get(base + "/workbench/#/customers");
        waitFor(() -> !testIds("customer-row").isEmpty());
        browser.get(base + "/workbench/#/customers/C000047");
        WebElement phone = awaitTestId("customer-phone");
        // C000047's phone is 13633203678 (samples/customers.csv): a viewer sees 136****3678.
        assertEquals("136****3678", phone.getText().trim());
        assertTrue(browser.findElements(By.cssSelector("[data-testid=nav-plugins]")).isEmpty());
        browser.get(base + "/workbench/#/plugins");
        awaitTestId("forbidden");

        HttpResponse<String> plugins = apiAs(VIEWER, VIEWER_PASSWORD, "/api/v1/plugins");
        assertEquals(403, plugins.statusCode(), plugins.body());
        assertTrue(plugins.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    /** The shell answers before Pax Web has registered every servlet: wait for the API and the page. */
    private static void awaitWebServer() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        java.time.Instant deadline = java.time.Instant.now().plus(WAIT);
        String last = "";
        while (java.time.Instant.now().isBefore(deadline)) {
            try {
                int api = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                int page = client.send(HttpRequest.newBuilder(URI.create(base + "/workbench/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (api == 401 && page == 200) {
                    return;
                }
                last = "API " + api + ", page " + page;
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
                // Not listening yet: a shell round trip paces the next attempt.
                karaf.execute("bundle:list -s");
            }
        }
        fail("the workbench did not answer within " + WAIT + ": " + last);
    }

    private static void logIn(String user, String password) {
        browser.get(base + "/workbench/");
        awaitTestId("login-username").sendKeys(user);
        testId("login-password").sendKeys(password);
        testId("login-submit").click();
        awaitTestId("current-user");
        // Before the login the page asks who is logged in: that 401 is the answer "nobody", not an error.
        List<String> unexpected = severeConsoleEntries().stream()
                .filter(entry -> !(entry.contains("/api/v1/session") && entry.contains("401"))).toList();
        assertEquals(List.of(), unexpected);
    }

    /** The ids of the dashboard cards the API lists for this user now. */
    private static Set<String> dashboardCardIds(String user, String password) throws Exception {
        HttpResponse<String> views = apiAs(user, password, "/api/v1/views");
        assertEquals(200, views.statusCode(), views.body());
        Set<String> ids = new TreeSet<>();
        for (JsonNode view : JSON.readTree(views.body())) {
            if (view.get("placement").asText().equals("dashboard-card")) {
                ids.add(view.get("id").asText());
            }
        }
        return ids;
    }

    private static Set<String> awaitCardsRendered(int expected) {
        waitFor(() -> {
            List<WebElement> cards = testIds("dashboard-card");
            return cards.size() == expected && cards.stream().noneMatch(card -> "loading".equals(
                    card.getAttribute("data-state")));
        });
        Set<String> rendered = new TreeSet<>();
        for (WebElement card : testIds("dashboard-card")) {
            assertEquals("rendered", card.getAttribute("data-state"), card.getAttribute("data-view-id") + ": "
                    + card.getText());
            rendered.add(card.getAttribute("data-view-id"));
        }
        return rendered;
    }

    /** Logs in with a client of its own and asks the API for a path. */
    private static HttpResponse<String> apiAs(String user, String password, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("username", user)
                        .put("password", password).toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> severeConsoleEntries() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .toList();
    }

    private static void acceptConfirmation() {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.alertIsPresent()).accept();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static WebElement testId(String id) {
        return browser.findElement(By.cssSelector("[data-testid='" + id + "']"));
    }

    private static List<WebElement> testIds(String id) {
        return browser.findElements(By.cssSelector("[data-testid='" + id + "']"));
    }

    private static WebElement awaitTestId(String id) {
        return awaitElement(By.cssSelector("[data-testid='" + id + "']"));
    }

    private static WebElement awaitElement(By by) {
        try {
            return new WebDriverWait(browser, WAIT).until(driver -> {
                List<WebElement> found = driver.findElements(by);
                return found.isEmpty() ? null : found.get(0);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw keepPage(e, by.toString());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(driver -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw keepPage(e, "a condition");
        }
    }

    /** Keeps the page as it was when a wait gave up, for whoever reads the failure. */
    private static RuntimeException keepPage(RuntimeException failure, String awaited) {
        try {
            String name = "failed-" + System.nanoTime();
            Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            Files.writeString(screenshots.resolve(name + ".html"), browser.getPageSource());
            failure.addSuppressed(new AssertionError("waited for " + awaited + " on " + browser.getCurrentUrl()
                    + "; page kept in " + screenshots.resolve(name + ".{png,html}") + "; console: "
                    + severeConsoleEntries()));
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

}
