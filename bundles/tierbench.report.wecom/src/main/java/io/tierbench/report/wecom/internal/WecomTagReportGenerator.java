package io.tierbench.report.wecom.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tierbench.api.report.ReportGenerator;
import io.tierbench.api.report.ReportGeneratorService;
import io.tierbench.api.report.ReportRequest;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.report.support.ReportFiles;
import io.tierbench.report.support.ReportRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A run's tiers and rule tags (and, when configured, further classifier schemes) as WeCom (企业微信) corporate
 * tags. The target is a folder, created when missing, that receives:
 * <ul>
 * <li>{@code corp_tag_list.json}: the tag groups Tierbench wants, in the shape of {@code get_corp_tag_list}, with the
 * ids WeCom already gave (from the imported tag list);</li>
 * <li>{@code add_corp_tag.json}: the {@code add_corp_tag} bodies creating the tags WeCom lacks, one per group; only
 * when some are missing (an earlier one is deleted, so that a stale file is never sent twice);</li>
 * <li>{@code mark_tag.jsonl}: one {@code mark_tag} body per line, per customer from WeCom and per staff member who
 * added it;</li>
 * <li>{@code summary.txt}: counts and the steps, in the request's language.</li>
 * </ul>
 * Each file is written whole or not at all. {@code --mask} does not apply: the files hold ids and tag names only.
 */
@Component(service = ReportGenerator.class, configurationPid = WecomTagReportGenerator.PID)
@ReportGeneratorService(id = "wecom-tags", format = "wecom")
@Designate(ocd = WecomTagExportConfiguration.class)
public final class WecomTagReportGenerator implements ReportGenerator {

    static final String PID = "tierbench.report.wecom";
    static final String CORP_TAG_LIST = "corp_tag_list.json";
    static final String ADD_CORP_TAG = "add_corp_tag.json";
    static final String MARK_TAG = "mark_tag.jsonl";
    static final String SUMMARY = "summary.txt";

    // No separator between root values: each mark_tag line ends with its own line break instead.
    private final JsonFactory factory = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
    private final ExportSettings settings;

    @Activate
    public WecomTagReportGenerator(WecomTagExportConfiguration configuration) {
        this.settings = ExportSettings.of(configuration);
    }

    @Override
    public void generate(ReportRequest request, Path target) throws IOException {
        ReportRun run = ReportRun.open(request);
        Path folder = folder(target);
        TagCatalog catalog = TagCatalog.of(run, settings, request.customers());
        ExportCounts counts = new ExportCounts();
        ReportFiles.write(folder.resolve(MARK_TAG), out -> {
            try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
                MarkTagLines lines = new MarkTagLines(json, catalog, counts);
                run.forEachCustomer(lines::write);
            }
        });
        ReportFiles.write(folder.resolve(CORP_TAG_LIST), out -> document(out, json ->
                CorpTagDocuments.writeTagList(json, catalog)));
        if (catalog.missingTags() > 0) {
            ReportFiles.write(folder.resolve(ADD_CORP_TAG), out -> document(out, json ->
                    CorpTagDocuments.writeAddRequests(json, catalog)));
        } else {
            Files.deleteIfExists(folder.resolve(ADD_CORP_TAG));
        }
        RunInfo info = run.run();
        boolean latest = request.runs().latestRun().map(r -> r.runId() == info.runId()).orElse(true);
        String summary = new ExportSummary(info, catalog, counts, folder).text(request.language(), latest,
                request.maskPersonalData());
        ReportFiles.write(folder.resolve(SUMMARY), out -> out.write(summary.getBytes(StandardCharsets.UTF_8)));
    }

    private static Path folder(Path target) throws IOException {
        Path folder = target.toAbsolutePath();
        try {
            return Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("the wecom report writes several files into a folder, but " + folder
                    + " is a file: give --out a folder", e);
        }
    }

    private interface DocumentContent {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private void document(OutputStream out, DocumentContent content) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            content.writeTo(json);
        }
    }
}
