package io.tierbench.report.html.internal;

import io.tierbench.api.report.ReportGenerator;
import io.tierbench.api.report.ReportGeneratorService;
import io.tierbench.api.report.ReportRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The HTML dashboard of a run: one self-contained file (Apache ECharts, the figures and the drawing script inline)
 * with the tier distribution of every classifier, the RFM grid, the Pareto curve with the ABC classes, the CLV
 * distribution, the lifecycle funnel, satisfaction and the company NPS, and the tier migration since the previous
 * run; in English or Simplified Chinese.
 *
 * <p>The page holds counts and shares only, never a customer's personal data, so
 * {@link ReportRequest#maskPersonalData()} changes nothing here.
 */
@Component(service = ReportGenerator.class)
@ReportGeneratorService(id = "html", format = "html")
public final class HtmlDashboardReport implements ReportGenerator {

    private final PageAssets assets;

    /** @throws IllegalStateException when the bundle lacks ECharts, the script or the style sheet */
    @Activate
    public HtmlDashboardReport() {
        this(PageAssets.load());
    }

    HtmlDashboardReport(PageAssets assets) {
        this.assets = Objects.requireNonNull(assets, "assets");
    }

    /**
     * @throws IllegalArgumentException when the request names an unknown run
     */
    @Override
    public void generate(ReportRequest request, Path target) throws IOException {
        PageText text = PageText.of(request.language());
        Dashboard dashboard = new DashboardReader(request, text).read();
        String html = new DashboardPage(assets, text).render(dashboard);
        write(target, html);
    }

    /**
     * Writes next to the target, then moves into place, so a reader never sees half a page. The partial file is
     * created like any other file (not as a private temporary file), so the report gets the usual permissions.
     */
    private static void write(Path target, String html) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.writeString(partial, html, StandardCharsets.UTF_8);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
