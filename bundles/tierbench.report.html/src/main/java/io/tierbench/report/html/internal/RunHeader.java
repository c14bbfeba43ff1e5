package io.tierbench.report.html.internal;

import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts at the top of the dashboard: the run, its counts and each classifier's version and outcome. */
final class RunHeader {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private RunHeader() {
    }

    static Map<String, Object> of(RunInfo run, Distribution distribution, CustomerRepository customers,
            PageText text) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("runId", run.runId());
        header.put("asOf", run.asOf().toString());
        header.put("startedAt", time(run.startedAt()));
        header.put("finishedAt", run.finishedAt() == null ? null : time(run.finishedAt()));
        header.put("customers", distribution.customers());
        header.put("orders", customers.countOrders());
        header.put("interactions", customers.countInteractions());
        List<Map<String, Object>> classifiers = new ArrayList<>();
        for (RunInfo.ClassifierRun part : run.classifiers()) {
            ClassifierInfo info = part.classifier();
            Map<String, Object> classifier = new LinkedHashMap<>();
            classifier.put("id", info.id());
            classifier.put("name", text.classifierName(info.id(), info.name()));
            classifier.put("version", info.version());
            classifier.put("succeeded", part.succeeded());
            classifier.put("failureReason", part.failureReason());
            classifiers.add(classifier);
        }
        header.put("classifiers", classifiers);
        return header;
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
