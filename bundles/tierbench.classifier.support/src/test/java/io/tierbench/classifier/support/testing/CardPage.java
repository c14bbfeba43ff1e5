package io.tierbench.classifier.support.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a dashboard card's module in Debian's headless Chromium with the real ECharts of the WebJar, and gives back
 * what each case returned, as JSON. A case is the body of an async function with in scope: {@code card} (the
 * module), {@code element()} (a new 600 px wide element on the page), {@code context(lang, responses, runId)} (the
 * workbench's context, whose {@code api} answers from {@code responses} by path and throws for any other path) and
 * {@code texts(element)} (the texts of the element's SVG and paragraphs). All cases share one page load.
 *
 * <p>Chromium is required like the HTML report's browser test: only {@code -Dtierbench.browser=absent} (README's
 * test command, after it failed to install Chromium) skips these checks.
 */
public final class CardPage {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path FOLDER = Path.of("target", "card-page");
    private static final Pattern RESULT = Pattern.compile("<pre id=\"case-(\\d+)\">(.*?)</pre>", Pattern.DOTALL);
    private static final String HELPERS = """
            const element = () => {
              const el = document.createElement('div');
              el.style.width = '600px';
              document.body.appendChild(el);
              return el;
            };
            const context = (lang, responses, runId = 7) => ({ lang, runId, echarts: window.echarts, t: (k) => k,
              api: async (path) => {
                if (!(path in responses)) { throw new Error('unexpected request ' + path); }
                return JSON.parse(JSON.stringify(responses[path]));
              } });
            const texts = (el) => Array.from(el.querySelectorAll('svg text, p')).map((t) => t.textContent);
            """;

    private CardPage() {
    }

    /**
     * @param module the card's module, e.g. {@code src/main/resources/workbench/abc/card.js}
     * @param cases the cases' function bodies
     * @return each case's result as JSON, or {@code ERROR <message>} when it threw
     */
    public static List<String> run(Path module, List<String> cases) throws IOException, InterruptedException {
        requireChromium();
        Files.createDirectories(FOLDER);
        Files.write(FOLDER.resolve("echarts.min.js"), echarts());
        StringBuilder page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<script src=\"echarts.min.js\"></script></head><body><script type=\"module\">\n")
                .append("const card = await import(URL.createObjectURL(new Blob([")
                .append(jsString(Files.readString(module))).append("], { type: 'text/javascript' })));\n")
                .append(HELPERS).append("const cases = [\n");
        cases.forEach(body -> page.append("async () => {\n").append(body).append("\n},\n"));
        page.append("""
                ];
                for (let i = 0; i < cases.length; i++) {
                  let out;
                  try { out = JSON.stringify(await cases[i]()); } catch (e) { out = 'ERROR ' + e; }
                  const pre = document.createElement('pre');
                  pre.id = 'case-' + i;
                  pre.textContent = out;
                  document.body.appendChild(pre);
                }
                </script></body></html>
                """);
        Path html = FOLDER.resolve("cases.html").toAbsolutePath();
        Files.writeString(html, page);
        return results(dump(html), cases.size());
    }

    private static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            assumeFalse("absent".equals(System.getProperty("tierbench.browser")),
                    "Chromium could not be installed on this machine (see ./test.sh's warning)");
            fail("The card checks need Debian's Chromium at " + CHROMIUM
                    + ". Install it with: sudo apt-get install -y chromium");
        }
    }

    private static byte[] echarts() throws IOException {
        Properties webjar = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            webjar.load(in);
        }
        try (InputStream in = resource("META-INF/resources/webjars/echarts/" + webjar.getProperty("version")
                + "/dist/echarts.min.js")) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = CardPage.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the test class path (the ECharts WebJar is a test dependency)");
        }
        return in;
    }

    private static String dump(Path html) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(FOLDER.resolve("profile")).toAbsolutePath();
        Path out = FOLDER.resolve("dump.html");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--user-data-dir=" + profile, "--virtual-time-budget=5000",
                "--dump-dom", html.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(FOLDER.resolve("chromium.log").toFile()).start();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("Chromium did not finish the card page within 120 s; see " + FOLDER.resolve("chromium.log"));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static List<String> results(String dom, int count) {
        List<String> results = new ArrayList<>();
        Matcher matcher = RESULT.matcher(dom);
        while (matcher.find()) {
            results.add(matcher.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0")
                    .replace("&amp;", "&"));
        }
        assertTrue(results.size() == count, "expected " + count + " results in the page, got: " + dom);
        return results;
    }

    private static String jsString(String text) {
        StringBuilder js = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> js.append("\\\"");
                case '\\' -> js.append("\\\\");
                case '\n' -> js.append("\\n");
                case '\r' -> js.append("\\r");
                case '<' -> js.append("\\u003c");
                default -> js.append(c);
            }
        }
        return js.append('"').toString();
    }
}
