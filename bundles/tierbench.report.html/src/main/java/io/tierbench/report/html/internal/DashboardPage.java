package io.tierbench.report.html.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the dashboard as one HTML document with everything inline: the style, the figures as one JSON element,
 * Apache ECharts and the script that draws the charts from the figures. A Content-Security-Policy forbids the page
 * any request, so a chart that tried to load something would fail visibly instead of phoning out.
 *
 * <p>No customer's personal data reaches the page (see {@link Dashboard}), which is why the report ignores the
 * request's masking option: there is nothing to mask.
 */
final class DashboardPage {

    /** The id of the script element holding the figures, read by the dashboard script. */
    static final String DATA_ELEMENT_ID = "tierbench-data";

    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

    /** Texts the script needs for axes and labels. */
    private static final List<String> SCRIPT_TEXTS = List.of("axis.customers", "axis.r", "axis.fm",
            "axis.customerShare", "axis.revenueShare", "axis.clv", "axis.previousRun", "axis.thisRun",
            "label.equality", "page.chartFailed", "note.npsNone");

    private final PageAssets assets;
    private final PageText text;

    DashboardPage(PageAssets assets, PageText text) {
        this.assets = assets;
        this.text = text;
    }

    String render(Dashboard dashboard) {
        StringBuilder page = new StringBuilder(assets.echarts().length() + 64 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"").append("zh".equals(text.language()) ? "zh-CN" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Tierbench report.html\">\n")
                .append("<!-- Counts and shares only: no customer name or contact data is written here, so the")
                .append(" masking option has nothing to mask. -->\n<title>").append(Html.escape(title(dashboard)))
                .append("</title>\n<style>\n").append(assets.style()).append("\n</style>\n")
                // Collects script errors from the first moment, so a reader (or a test) can see what broke.
                .append("<script>window.tierbenchErrors=[];window.addEventListener('error',function(e){")
                .append("window.tierbenchErrors.push(String(e.message||e));});</script>\n</head>\n<body>\n");
        header(page, dashboard);
        SectionMarkup sections = new SectionMarkup(text);
        dashboard.sections().forEach(section -> sections.append(page, section));
        page.append("<footer>\n<p>").append(Html.escape(text.get("page.privacy"))).append("</p>\n<p>")
                .append(Html.escape(text.get("page.generated"))).append("</p>\n</footer>\n");
        page.append("<script type=\"application/json\" id=\"").append(DATA_ELEMENT_ID).append("\">")
                .append(Json.write(data(dashboard))).append("</script>\n");
        page.append("<script>\n").append(assets.echarts()).append("\n</script>\n");
        page.append("<script>\n").append(assets.script()).append("\n</script>\n</body>\n</html>\n");
        return page.toString();
    }

    private String title(Dashboard dashboard) {
        return text.get("page.title") + " \u2014 " + text.format("page.subtitle", dashboard.header().get("runId"),
                dashboard.header().get("asOf"));
    }

    private void header(StringBuilder page, Dashboard dashboard) {
        Map<String, Object> header = dashboard.header();
        page.append("<header>\n<h1>").append(Html.escape(text.get("page.title")))
                .append("</h1>\n<p class=\"subtitle\">")
                .append(Html.escape(text.format("page.subtitle", header.get("runId"), header.get("asOf"))))
                .append("</p>\n</header>\n<section id=\"run\">\n<h2>").append(Html.escape(text.get("run.heading")))
                .append("</h2>\n<dl class=\"facts\">\n");
        fact(page, "run.id", header.get("runId"));
        fact(page, "run.asOf", header.get("asOf"));
        fact(page, "run.started", header.get("startedAt"));
        fact(page, "run.finished", header.get("finishedAt") == null ? text.get("run.unfinished")
                : header.get("finishedAt"));
        fact(page, "run.customers", header.get("customers"));
        fact(page, "run.orders", header.get("orders"));
        fact(page, "run.interactions", header.get("interactions"));
        page.append("</dl>\n<h3>").append(Html.escape(text.get("run.classifiers")))
                .append("</h3>\n<table class=\"classifiers\">\n<thead><tr>");
        for (String column : List.of("id", "name", "version", "status")) {
            page.append("<th>").append(Html.escape(text.get("classifier.column." + column))).append("</th>");
        }
        page.append("</tr></thead>\n<tbody>\n");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> classifiers = (List<Map<String, Object>>) header.get("classifiers");
        for (Map<String, Object> classifier : classifiers) {
            boolean ok = Boolean.TRUE.equals(classifier.get("succeeded"));
            page.append("<tr class=\"").append(ok ? "ok" : "failed").append("\" data-classifier=\"")
                    .append(Html.escape(classifier.get("id"))).append("\"><td>")
                    .append(Html.escape(classifier.get("id"))).append("</td><td>")
                    .append(Html.escape(classifier.get("name"))).append("</td><td>")
                    .append(Html.escape(classifier.get("version"))).append("</td><td>")
                    .append(Html.escape(ok ? text.get("classifier.status.ok")
                            : text.format("classifier.status.failed", classifier.get("failureReason"))))
                    .append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</section>\n");
    }

    private void fact(StringBuilder page, String key, Object value) {
        page.append("<div><dt>").append(Html.escape(text.get(key))).append("</dt><dd data-fact=\"")
                .append(key.substring(key.indexOf('.') + 1)).append("\">").append(Html.escape(value))
                .append("</dd></div>\n");
    }

    private Map<String, Object> data(Dashboard dashboard) {
        Map<String, Object> texts = new LinkedHashMap<>();
        SCRIPT_TEXTS.forEach(key -> texts.put(key, text.get(key)));
        Map<String, Object> sections = new LinkedHashMap<>();
        dashboard.sections().stream().filter(Section::isShown).forEach(s -> sections.put(s.id(), s.data()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("language", text.language());
        data.put("text", texts);
        data.put("run", dashboard.header());
        data.put("sections", sections);
        return data;
    }
}
