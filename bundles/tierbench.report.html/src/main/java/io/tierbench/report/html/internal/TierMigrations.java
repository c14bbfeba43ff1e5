package io.tierbench.report.html.internal;

import io.tierbench.api.model.Label;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The migration section: for every classifier and scheme that labelled customers both in the previous run and in
 * this one, how many customers went from each label to each label. Customers labelled in only one of the two runs
 * are shown under a label of their own, "not in run".
 */
final class TierMigrations {

    private TierMigrations() {
    }

    static Section of(RunRepository runs, RunInfo run, Distribution current, ClassifierRuns classifiers,
            PageText text) {
        Optional<RunInfo> previous = previousRun(runs, run);
        if (previous.isEmpty()) {
            return Section.omitted(Section.MIGRATION, text.get("note.noPreviousRun"));
        }
        long fromRunId = previous.get().runId();
        Distribution earlier = new Distribution(runs.labelDistribution(fromRunId));
        List<Map<String, Object>> matrices = new ArrayList<>();
        for (Distribution.Scheme scheme : current.schemes()) {
            if (earlier.schemes().contains(scheme)) {
                MigrationMatrix matrix = runs.migration(fromRunId, run.runId(), scheme.classifierId(),
                        scheme.scheme());
                matrices.add(matrix(matrix, classifiers.title(scheme.classifierId(), scheme.scheme()), text));
            }
        }
        if (matrices.isEmpty()) {
            return Section.omitted(Section.MIGRATION, text.format("note.noCommonScheme", fromRunId));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fromRun", fromRunId);
        data.put("fromAsOf", previous.get().asOf().toString());
        data.put("matrices", matrices);
        data.put("note", text.format("note.migration", fromRunId, previous.get().asOf()));
        return Section.shown(Section.MIGRATION, data);
    }

    /** @return the latest finished run before this one */
    static Optional<RunInfo> previousRun(RunRepository runs, RunInfo run) {
        return runs.runs().stream().filter(r -> r.runId() < run.runId() && r.finishedAt() != null)
                .max(Comparator.comparingLong(RunInfo::runId));
    }

    /** @return the label key's row and column; a key the matrix did not list is added, named by its key */
    private static long index(List<String> keys, List<String> names, String key) {
        int index = keys.indexOf(key);
        if (index < 0) {
            keys.add(key);
            names.add(key);
            return keys.size() - 1L;
        }
        return index;
    }

    private static Map<String, Object> matrix(MigrationMatrix matrix, String title, PageText text) {
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Label label : matrix.labels()) {
            keys.add(label.key());
            names.add(label.in(text.language()));
        }
        boolean anyUnlabelled = matrix.moves().stream().anyMatch(m -> m.fromLabel() == null || m.toLabel() == null);
        if (anyUnlabelled) {
            keys.add(null);
            names.add(text.get("label.unlabelled"));
        }
        List<List<Long>> cells = new ArrayList<>();
        long bothRuns = 0;
        for (MigrationMatrix.Move move : matrix.moves()) {
            cells.add(List.of(index(keys, names, move.fromLabel()), index(keys, names, move.toLabel()),
                    move.customers()));
            bothRuns += move.fromLabel() != null && move.toLabel() != null ? move.customers() : 0;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("classifier", matrix.classifierId());
        json.put("scheme", matrix.scheme());
        json.put("title", title);
        json.put("keys", keys);
        json.put("labels", names);
        json.put("cells", cells);
        json.put("moved", matrix.moved());
        json.put("labelledInBoth", bothRuns);
        json.put("note", text.format("note.migrationMoved", matrix.moved(), bothRuns));
        return json;
    }
}
