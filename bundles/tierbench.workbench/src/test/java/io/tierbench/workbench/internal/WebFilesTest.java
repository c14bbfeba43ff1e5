package io.tierbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebFilesTest {

    @Test
    void theFolderItselfIsTheIndexPage() {
        assertEquals("index.html", WebFiles.normalise(null));
        assertEquals("index.html", WebFiles.normalise(""));
        assertEquals("index.html", WebFiles.normalise("/"));
        assertEquals("js/pages/customers.js", WebFiles.normalise("/js/pages/customers.js"));
    }

    @Test
    void pathsThatLeaveTheFolderOrHideSomethingAreRefused() {
        for (String path : List.of("/../secret.js", "/js/../../x.css", "/js/./app.js", "/.hidden.js", "/js//app.js",
                "/js\\app.js", "/js/%2e%2e/app.js", "/js/", "/js/app.js\n")) {
            assertNull(WebFiles.normalise(path), path);
        }
    }

    @Test
    void onlyKnownTypesAreServed() {
        assertNull(WebFiles.normalise("/META-INF/MANIFEST.MF"));
        assertNull(WebFiles.normalise("/io/tierbench/workbench/internal/WebFiles.class"));
        assertNull(WebFiles.normalise("/README"));
        assertEquals("text/javascript; charset=UTF-8", WebFiles.contentType("app.JS"));
        assertEquals("text/css; charset=UTF-8", WebFiles.contentType("app.css"));
        assertEquals("application/json; charset=UTF-8", WebFiles.contentType("i18n/zh.json"));
        assertEquals("text/html; charset=UTF-8", WebFiles.contentType("index.html"));
    }

    @Test
    void filesAreReadFromTheWebFolderOnceWithAnEntityTagOfTheirContent() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "webfiles-test", "web", "js"));
        Files.writeString(folder.resolve("a.js"), "export const a = 1;\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.js"), "export const b = 2;\n", StandardCharsets.UTF_8);
        List<String> asked = new ArrayList<>();
        WebFiles files = new WebFiles(path -> {
            asked.add(path);
            Path file = Path.of("target", "webfiles-test").resolve(path.substring(1));
            try {
                return Files.exists(file) ? file.toUri().toURL() : null;
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        });

        WebFiles.WebFile a = files.find("/js/a.js").orElseThrow();
        assertArrayEquals("export const a = 1;\n".getBytes(StandardCharsets.UTF_8), a.bytes());
        assertEquals("text/javascript; charset=UTF-8", a.contentType());
        assertTrue(a.etag().matches("\"[0-9a-f]{32}\""), a.etag());
        assertNotEquals(a.etag(), files.find("/js/b.js").orElseThrow().etag());
        assertTrue(files.find("/js/missing.js").isEmpty());

        files.find("/js/a.js");
        files.find("/js/missing.js");
        assertEquals(List.of("/web/js/a.js", "/web/js/b.js", "/web/js/missing.js"), asked);
    }

    @Test
    void theBundleShipsItsPageAndECharts() {
        WebFiles files = new WebFiles(WorkbenchServlet.class::getResource);
        String index = new String(files.find("/").orElseThrow().bytes(), StandardCharsets.UTF_8);
        assertTrue(index.contains("<script type=\"module\" src=\"js/app.js\">"), index);
        URL echarts = WorkbenchServlet.class.getResource("/web/lib/echarts.min.js");
        assertTrue(echarts != null, "bnd copies echarts.min.js out of its WebJar into web/lib/");
        assertTrue(files.find("/lib/echarts.min.js").orElseThrow().bytes().length > 500_000);
    }
}
