package io.tierbench.report.wecom.internal;

import io.tierbench.api.repository.RunInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/**
 * The export's {@code summary.txt}, in English or Chinese: what was written and left out, and the steps that bring
 * the tags into WeCom. Tags WeCom does not have yet have no id, so mark_tag cannot send them: they are created
 * first, and the export repeated once WeCom's tag list with their ids is imported.
 */
final class ExportSummary {

    private static final String API = "https://qyapi.weixin.qq.com/cgi-bin/externalcontact/";
    private static final String TOKEN = "?access_token=ACCESS_TOKEN";

    private final RunInfo run;
    private final TagCatalog catalog;
    private final ExportCounts counts;
    private final Path folder;

    ExportSummary(RunInfo run, TagCatalog catalog, ExportCounts counts, Path folder) {
        this.run = run;
        this.catalog = catalog;
        this.counts = counts;
        this.folder = folder;
    }

    /**
     * @param language {@code zh} for Chinese, anything else English
     * @param latestRun whether the run is the latest: else the rule tags, stored per customer, are newer than it
     * @param maskRequested whether {@code --mask} was given, which this export does not apply
     */
    String text(String language, boolean latestRun, boolean maskRequested) {
        SummaryText t = SummaryText.of(language);
        StringJoiner out = new StringJoiner("\n", "", "\n");
        out.add(t.format("title", run.runId(), run.asOf()));
        out.add("");
        out.add(t.format("bodies", counts.bodies, counts.customersSent));
        out.add(t.format("nothing-to-send", counts.nothingToSend));
        out.add(t.format("skipped", counts.skipped));
        out.add(t.format("to-create", catalog.missingTags(), catalog.missing().size()));
        out.add(t.format("without-id", counts.tagsWithoutId, counts.customersWithTagsWithoutId));
        if (counts.removalsWithoutId > 0) {
            out.add(t.format("removals-without-id", counts.removalsWithoutId));
        }
        if (catalog.tiers().isEmpty()) {
            out.add(t.format("no-tiers"));
        } else if (counts.withoutTier > 0) {
            out.add(t.format("without-tier", counts.withoutTier));
        }
        List<String> unused = catalog.unusedWecomTags();
        if (!unused.isEmpty()) {
            out.add(t.format("unused", String.join(", ", unused)));
        }
        List<String> tooLong = catalog.tooLongNames();
        if (!tooLong.isEmpty()) {
            out.add(t.format("too-long", ExportSettings.MAX_NAME_LENGTH, String.join(", ", tooLong)));
        }
        if (!latestRun) {
            out.add(t.format("older-run"));
        }
        if (maskRequested) {
            out.add(t.format("mask"));
        }
        out.add("");
        out.add(t.format("groups"));
        for (WantedGroup group : catalog.groups()) {
            out.add(t.format(group.id() == null ? "new-group" : "group", group.name(), group.tags().size(),
                    group.missing().size()));
        }
        out.add("");
        out.add(t.format("steps"));
        if (catalog.missingTags() > 0) {
            out.add(t.format("create", API + "add_corp_tag" + TOKEN));
            out.add(t.format("fetch", API + "get_corp_tag_list" + TOKEN));
            out.add(t.format("again", run.runId(), folder));
            out.add(t.format("send", 4, API + "mark_tag" + TOKEN));
        } else {
            out.add(t.format("nothing-to-create"));
            out.add(t.format("send", 2, API + "mark_tag" + TOKEN));
        }
        return out.toString();
    }
}
