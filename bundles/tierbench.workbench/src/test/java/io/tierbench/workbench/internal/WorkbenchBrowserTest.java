package io.tierbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench's page in Debian's headless Chromium, served as the bundle serves it, over a stand-in REST API
 * ({@link StubApi}) and stand-in contributed views. It checks what the page does with the API's answers: login,
 * cards (one drawing with ECharts, one failing inside its card), the customer table's paging, filter and row click,
 * a customer tab, configuration errors next to their field, the dry run, roles, and the language switch. The real
 * API and the real plugins are the lead's browser tests against the running distribution.
 *
 * <p>Chromium is required, as for the HTML report's browser test: without it this test fails and says how to install
 * it, unless README's test command said loudly that it could not ({@code -Dtierbench.browser=absent}).
 */
class WorkbenchBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Server server;
    private static String base;
    private static StubApi api;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            assumeFalse("absent".equals(System.getProperty("tierbench.browser")),
                    "Chromium could not be installed on this machine (see ./test.sh's warning)");
            fail("The workbench browser test needs Debian's Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": sudo apt-get install -y chromium chromium-driver fonts-noto-cjk");
        }
        api = new StubApi();
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new WorkbenchServlet()), "/workbench/*");
        context.addServlet(new ServletHolder(new StubViews()), "/workbench/views/*");
        context.addServlet(new ServletHolder(api), "/api/v1/*");
        server.setHandler(context);
        server.start();
        base = "http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        browser = chromium();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void freshPage() {
        // Forget the last test's session and language before the page runs again.
        browser.get("about:blank");
        browser.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base,
                "storageTypes", "cookies,local_storage"));
        browser.get(base + "/workbench/#/dashboard");
        api.seen.clear();
    }

    @AfterEach
    void noScriptFailed() {
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                // the stub answers 401 before the login, and 400 to the rejected configuration, as the API does
                .filter(message -> !message.contains("401") && !message.contains("400")).toList();
        assertEquals(List.of(), severe);
    }

    @Test
    void aFailedLoginShowsTheProblemThenTheDashboardDrawsItsCards() throws IOException {
        login("admin", "wrong");
        assertEquals("wrong user name or password", waitFor("[data-testid=login-error] .problem").getText());
        login("admin", "secret");

        WebElement chart = waitFor("[data-view-id=test-chart][data-state=rendered]");
        WebElement broken = waitFor("[data-view-id=broken-card][data-state=failed]");
        assertTrue(broken.findElement(By.cssSelector("[data-testid=view-error]")).getText()
                .contains("deliberately broken"));
        assertFalse(chart.findElements(By.cssSelector("svg rect, svg path")).isEmpty(), "ECharts drew the card");
        WebElement body = chart.findElement(By.cssSelector(".view-body"));
        assertEquals("2", body.getAttribute("data-runs"));
        assertEquals("2", body.getAttribute("data-run-id"));
        List<String> order = browser.findElements(By.cssSelector("[data-testid=dashboard-card]")).stream()
                .map(card -> card.getAttribute("data-view-id")).toList();
        assertEquals(List.of("test-chart", "broken-card"), order);
        assertEquals("admin", text("current-user"));
        assertEquals(6, browser.findElements(By.cssSelector("[data-testid=nav] a")).size());
        screenshot("workbench-dashboard.png");
    }

    @Test
    void theCustomerTablePagesFiltersAndOpensACustomer() throws IOException {
        login("analyst", "secret");
        browser.get(base + "/workbench/#/customers");
        assertEquals(50, waitForRows(50).size());
        assertEquals("C1", rows().get(0).getAttribute("data-customer-id"));
        click("page-next");
        waitFor("[data-testid=customer-row][data-customer-id=C51]");
        assertEquals(50, rows().size());
        assertTrue(api.seen.stream().anyMatch(seen -> seen.path().equals("/customers")
                && seen.query().contains("page=2") && seen.query().contains("size=50")));

        new Select(waitFor("[data-testid=customer-filter-label]")).selectByValue("rfm/segment/champions");
        waitForRows(2);
        assertEquals(List.of("C7", "C9"), rows().stream().map(row -> row.getAttribute("data-customer-id")).toList());
        assertTrue(browser.getCurrentUrl().contains("label=rfm%2Fsegment%2Fchampions"), browser.getCurrentUrl());
        assertEquals("✓", rows().get(0).findElement(By.cssSelector("td[data-column-id=vip]")).getText());
        screenshot("workbench-customers.png");

        rows().get(0).findElement(By.cssSelector("[data-testid=customer-select]")).click();
        WebElement command = waitFor("[data-testid=command][data-command-id=add-tag]");
        assertTrue(command.isEnabled());
        command.click();
        waitFor("[data-testid=command-parameter][data-parameter=tag]").sendKeys("vip");
        click("command-run");
        assertEquals("tagged 1 customers with vip", waitFor("[data-testid=command-result]").getText());

        rows().get(0).click();
        assertEquals("C7", waitFor("[data-testid=customer-title]").getAttribute("data-customer-id"));
        assertEquals("13812345678", text("customer-phone"));
        assertTrue(waitFor("[data-testid=customer-label][data-classifier=rfm]").getText().contains("R5 x FM5"));
        screenshot("workbench-customer.png");
        browser.findElement(By.cssSelector("[data-testid=customer-tab][data-tab=view-customer-notes]")).click();
        assertEquals("notes of C7", waitFor("[data-view-id=customer-notes][data-state=rendered] [data-testid=notes]")
                .getText());
    }

    @Test
    void configurationErrorsShowNextToTheirFieldAndTheDryRunShowsWhoMoves() {
        login("admin", "secret");
        browser.get(base + "/workbench/#/classifiers");
        WebElement days = waitFor("[data-testid=config-field][data-attribute='window.days']");
        assertEquals("number", days.getAttribute("type"));
        assertEquals("365", days.getAttribute("value"));
        assertEquals("select", waitFor("[data-attribute=method]").getTagName());
        assertEquals("checkbox", waitFor("[data-attribute='named.segments']").getAttribute("type"));
        days.clear();
        days.sendKeys("0");
        click("classifier-save");
        assertEquals("must be at least 1", waitFor("[data-testid=field-error][data-field='window.days']:not(:empty)")
                .getText());
        StubApi.Seen put = api.seen.stream().filter(seen -> seen.method().equals("PUT")).findFirst().orElseThrow();
        assertEquals("csrf-token-of-the-test", put.csrf());
        assertTrue(put.body().contains("\"window.days\":0"), put.body());
        assertTrue(put.body().contains("\"method\":\"quintile\""), put.body());
        assertTrue(put.body().contains("\"named.segments\":true"), put.body());

        click("classifier-dry-run");
        WebElement result = waitFor("[data-testid=dry-run-result]");
        assertEquals("1", result.findElement(By.cssSelector("[data-testid=dry-run-matrix-moved]")).getAttribute("data-moved"));
        assertEquals("1", result.findElement(By.cssSelector("td[data-from=champions][data-to=lost]")).getText());
        assertTrue(result.findElement(By.cssSelector("[data-testid=dry-run-moves]")).getText().contains("C7"));
        StubApi.Seen preview = api.seen.stream().filter(seen -> seen.path().equals("/preview")).findFirst()
                .orElseThrow();
        assertTrue(preview.body().contains("\"pid\":\"tierbench.classifier.rfm\""), preview.body());
    }

    @Test
    void anAnalystTriesAConfigurationInADryRunButCannotSaveIt() {
        login("analyst", "secret");
        browser.get(base + "/workbench/#/classifiers");
        WebElement days = waitFor("[data-testid=config-field][data-attribute='window.days']");
        assertEquals("365", days.getAttribute("value"));
        assertTrue(waitFor("[data-attribute='named.segments']").isSelected());
        assertTrue(browser.findElements(By.cssSelector("[data-testid=classifier-save]")).isEmpty());
        click("classifier-dry-run");
        waitFor("[data-testid=dry-run-result] [data-testid=dry-run-matrix]");
        assertTrue(api.seen.stream().noneMatch(seen -> seen.path().endsWith("/configuration")),
                "the configuration endpoint is for admins");
    }

    @Test
    void anAdminSeesWhichPluginsMayBeUninstalled() {
        login("admin", "secret");
        browser.get(base + "/workbench/#/plugins");
        waitFor("[data-testid=plugin-bundle][data-bundle-id='77'] [data-testid=plugin-uninstall]");
        assertTrue(browser.findElements(By.cssSelector("[data-bundle-id='42'] [data-testid=plugin-uninstall]"))
                .isEmpty());
    }

    @Test
    void aViewerSeesMaskedDataAndNeitherPluginsNorForms() {
        login("viewer", "secret");
        waitFor("[data-testid=nav-dashboard]");
        assertTrue(browser.findElements(By.cssSelector("[data-testid=nav-plugins]")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[data-testid=nav-imports]")).isEmpty());
        browser.get(base + "/workbench/#/plugins");
        waitFor("[data-testid=forbidden]");
        browser.get(base + "/workbench/#/classifiers");
        waitFor("[data-testid=classifier-configuration]");
        assertTrue(browser.findElements(By.cssSelector("[data-testid=classifier-form]")).isEmpty());
        browser.get(base + "/workbench/#/customers");
        waitForRows(50);
        waitFor("[data-testid=masked-notice]");
        assertEquals("138****5678", rows().get(0).findElement(By.cssSelector("td[data-column=phone]")).getText());
        assertTrue(browser.findElements(By.cssSelector("[data-testid=command]")).isEmpty());
        assertTrue(api.seen.stream().noneMatch(seen -> seen.path().startsWith("/plugins")));
    }

    @Test
    void theLanguageSwitchIsKept() {
        login("admin", "secret");
        waitFor("[data-testid=nav-dashboard]");
        new Select(waitFor("[data-testid=language-select]")).selectByValue("zh");
        assertEquals("仪表盘", waitFor("[data-testid=nav-dashboard]").getText());
        waitFor("[data-view-id=test-chart][data-state=rendered]");
        assertEquals("测试图表", waitFor("[data-view-id=test-chart] .card-title").getText());
        browser.navigate().refresh();
        assertEquals("仪表盘", waitFor("[data-testid=nav-dashboard]").getText());
        assertEquals("zh", waitFor("[data-view-id=test-chart][data-state=rendered] .view-body").getAttribute("data-lang"));
        click("logout");
        waitFor("[data-testid=login-form]");
        assertEquals("登录", text("login-submit"));
        assertTrue(api.seen.stream().anyMatch(seen -> seen.method().equals("DELETE") && seen.path().equals("/session")
                && "csrf-token-of-the-test".equals(seen.csrf())));
    }

    private static void login(String user, String password) {
        WebElement name = waitFor("[data-testid=login-username]");
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.findElement(By.cssSelector("[data-testid=login-password]"));
        secret.clear();
        secret.sendKeys(password);
        click("login-submit");
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("[data-testid=customer-row]"));
    }

    private static List<WebElement> waitForRows(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> rows().size() == count);
        return rows();
    }

    private static WebElement waitFor(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    private static void click(String testid) {
        waitFor("[data-testid=" + testid + "]").click();
    }

    private static String text(String testid) {
        return waitFor("[data-testid=" + testid + "]").getText();
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static ChromeDriver chromium() throws IOException {
        // A driver path of our own, so Selenium Manager never looks for, let alone downloads, a driver or browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium-profile"))
                .toAbsolutePath(), "run-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Serves the stand-in views from the test resources, as the REST bundle serves contributed views. */
    private static final class StubViews extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            try (InputStream in = StubViews.class.getResourceAsStream("/stub-views" + request.getPathInfo())) {
                if (in == null) {
                    response.sendError(404);
                    return;
                }
                response.setContentType("text/javascript; charset=UTF-8");
                in.transferTo(response.getOutputStream());
            }
        }
    }
}
