package io.tierbench.report.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The code and style every dashboard inlines, read once from the bundle: Apache ECharts ({@code echarts.min.js},
 * copied out of its WebJar at build time), the dashboard's own script and its style sheet.
 *
 * @param echarts the ECharts library
 * @param script the dashboard script that turns the page's data into charts
 * @param style the style sheet
 */
record PageAssets(String echarts, String script, String style) {

    PageAssets {
        // Inlined as they are, so text that would end their element early must not be there at all.
        requireAbsent("echarts.min.js", echarts, "</script");
        requireAbsent("dashboard.js", script, "</script");
        requireAbsent("dashboard.css", style, "</style");
    }

    /**
     * @throws IllegalStateException when the bundle lacks one of the files, which is a packaging fault
     */
    static PageAssets load() {
        return new PageAssets(read("echarts.min.js"), read("dashboard.js"), read("dashboard.css"));
    }

    private static void requireAbsent(String name, String content, String endTag) {
        if (content.toLowerCase(Locale.ROOT).contains(endTag)) {
            throw new IllegalStateException(name + " contains '" + endTag + "' and cannot be inlined into the page");
        }
    }

    private static String read(String resource) {
        try (InputStream in = PageAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the HTML report bundle lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the HTML report bundle", e);
        }
    }
}
