package io.tierbench.rest.internal;

import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RunInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs as the API writes them. */
final class RunJson {

    private RunJson() {
    }

    /** @return {@code running} until the run is finished, then {@code finished} */
    static String status(RunInfo run) {
        return run.finishedAt() == null ? "running" : "finished";
    }

    /** @return the run in a line: id, as-of date, status */
    static Map<String, Object> reference(RunInfo run) {
        return Json.object("id", run.runId(), "asOf", run.asOf(), "status", status(run));
    }

    /** @return the run with each classifier's part */
    static Map<String, Object> summary(RunInfo run) {
        List<Map<String, Object>> classifiers = new ArrayList<>();
        for (RunInfo.ClassifierRun part : run.classifiers()) {
            classifiers.add(Json.object("id", part.classifier().id(), "name", part.classifier().name(),
                    "version", part.classifier().version(), "configuration", part.classifier().configuration(),
                    "succeeded", part.succeeded(), "failureReason", part.failureReason(),
                    "summary", part.summary()));
        }
        return Json.object("id", run.runId(), "asOf", run.asOf(), "status", status(run),
                "startedAt", run.startedAt(), "finishedAt", run.finishedAt(), "classifiers", classifiers);
    }

    /** @return the label counts grouped by classifier and scheme, most frequent label first */
    static List<Map<String, Object>> distribution(List<LabelCount> counts) {
        Map<String, Map<String, Object>> byScheme = new LinkedHashMap<>();
        for (LabelCount count : counts) {
            Map<String, Object> scheme = byScheme.computeIfAbsent(count.classifierId() + "/" + count.scheme(),
                    key -> Json.object("classifier", count.classifierId(), "scheme", count.scheme(),
                            "labels", new ArrayList<Map<String, Object>>()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> labels = (List<Map<String, Object>>) scheme.get("labels");
            labels.add(Json.object("label", Json.label(count.label()), "customers", count.customers()));
        }
        return new ArrayList<>(byScheme.values());
    }
}
