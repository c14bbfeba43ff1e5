package io.tierbench.rest.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data behind the dashboard cards, from one run ({@code {run}} is a run id or {@code latest}): a scheme's label
 * counts, the customers counted by two integer scores (the RFM grid), and one score's values (Pareto curves,
 * histograms). The last two stream the run's classifications once; nothing is read per customer.
 */
final class ChartResource {

    private final RunRepository runs;

    ChartResource(RunRepository runs) {
        this.runs = runs;
    }

    void labels(ApiExchange exchange) throws IOException {
        RunInfo run = run(exchange);
        String classifier = exchange.requiredQuery("classifier");
        String scheme = exchange.requiredQuery("scheme");
        List<Map<String, Object>> labels = new ArrayList<>();
        for (LabelCount count : runs.labelDistribution(run.runId())) {
            if (count.classifierId().equals(classifier) && count.scheme().equals(scheme)) {
                labels.add(Json.object("key", count.label().key(), "en", count.label().en(),
                        "zh", count.label().zh(), "count", count.customers()));
            }
        }
        exchange.respond(200, Json.object("runId", run.runId(), "asOf", run.asOf(), "classifier", classifier,
                "scheme", scheme, "labels", labels));
    }

    void crosstab(ApiExchange exchange) throws IOException {
        RunInfo run = run(exchange);
        String classifier = exchange.requiredQuery("classifier");
        String scheme = exchange.requiredQuery("scheme");
        String x = exchange.requiredQuery("x");
        String y = exchange.requiredQuery("y");
        Map<Integer, Map<Integer, Long>> counts = new TreeMap<>();
        long[] leftOut = {0};
        runs.forEachClassification(run.runId(), stored -> {
            Classification classification = stored.classification();
            if (!stored.classifierId().equals(classifier) || !classification.scheme().equals(scheme)) {
                return;
            }
            Integer xValue = integer(classification.scores().get(x));
            Integer yValue = integer(classification.scores().get(y));
            if (xValue == null || yValue == null) {
                leftOut[0]++;
            } else {
                counts.computeIfAbsent(xValue, key -> new TreeMap<>()).merge(yValue, 1L, Long::sum);
            }
        });
        List<Map<String, Object>> cells = new ArrayList<>();
        counts.forEach((xValue, column) -> column.forEach((yValue, count) ->
                cells.add(Json.object("x", xValue, "y", yValue, "count", count))));
        exchange.respond(200, Json.object("runId", run.runId(), "asOf", run.asOf(), "classifier", classifier,
                "scheme", scheme, "x", x, "y", y, "cells", cells, "leftOut", leftOut[0]));
    }

    void scores(ApiExchange exchange) throws IOException {
        RunInfo run = run(exchange);
        String classifier = exchange.requiredQuery("classifier");
        String scheme = exchange.requiredQuery("scheme");
        String score = exchange.requiredQuery("score");
        List<BigDecimal> values = new ArrayList<>();
        runs.forEachClassification(run.runId(), stored -> {
            if (stored.classifierId().equals(classifier) && stored.classification().scheme().equals(scheme)) {
                BigDecimal value = stored.classification().scores().get(score);
                if (value != null) {
                    values.add(value);
                }
            }
        });
        values.sort(Comparator.reverseOrder());
        exchange.respond(200, Json.object("runId", run.runId(), "asOf", run.asOf(), "classifier", classifier,
                "scheme", scheme, "score", score, "values", values));
    }

    /** @return the run named by the path: an id, or {@code latest} for the latest finished run */
    private RunInfo run(ApiExchange exchange) {
        if ("latest".equals(exchange.path("run"))) {
            return runs.latestRun().orElseThrow(() -> Problem.notFound("no finished run yet"));
        }
        long id = exchange.pathId("run");
        return runs.run(id).orElseThrow(() -> Problem.notFound("no run with id " + id));
    }

    /** @return the score as a whole number, or {@code null} when absent or not whole */
    static Integer integer(BigDecimal value) {
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
