package io.tierbench.rest.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.report.ReportGenerator;
import io.tierbench.report.support.PersonalDataMask;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The plugins of the tests: the RFM classifier with a hand-made metatype description, the {@link LineImporter} for
 * {@code .csv}, and a report generator {@code tiers} (format csv) that writes {@code customer,tier} lines of the run,
 * the customer's phone masked when asked.
 */
final class TestPlugins implements Plugins {

    static final ConfigurationDescription RFM_DESCRIPTION = new ConfigurationDescription("tierbench.classifier.rfm",
            "RFM", "RFM segments", List.of(new AttributeDescription("window.days", "Window", "Days of history",
                    "integer", 0, true, List.of("365"), List.of()),
                    new AttributeDescription("scores", "Scores", "Score method", "string", 0, false,
                            List.of("quintiles"), List.of(new Option("quintiles", "Quintiles"),
                                    new Option("fixed", "Fixed breakpoints")))));

    @Override
    public List<InstalledClassifier> classifiers(String language) {
        return List.of(new InstalledClassifier("rfm", "RFM", "1.0.0", "tierbench.classifier.rfm",
                Map.of("window.days", "365"), List.of(RFM_DESCRIPTION)));
    }

    /** The RFM classifier refuses a window of 0 days in a dry run, as a real classifier refuses a bad setting. */
    @Override
    public Optional<Held<Classifier>> classifier(String id) {
        if (!id.equals("rfm")) {
            return Optional.empty();
        }
        Classifier rfm = new Classifier() {
            @Override
            public ClassifierResult classify(ClassificationContext context) {
                throw new UnsupportedOperationException("not run in these tests");
            }

            @Override
            public Optional<Classifier> withConfiguration(Map<String, Object> changes) {
                if ("0".equals(changes.get("window.days"))) {
                    throw new IllegalArgumentException("window.days must be positive, got 0");
                }
                return Optional.of(this);
            }
        };
        return Optional.of(new Held<>("rfm", Map.of("pid", "tierbench.classifier.rfm"), rfm, () -> { }));
    }

    @Override
    public List<Held<Importer>> importers(String extension) {
        return extension.equals("csv") ? List.of(new Held<>("lines", Map.of(), new LineImporter(), () -> { }))
                : List.of();
    }

    @Override
    public Optional<Held<ReportGenerator>> reportGenerator(String id) {
        if (!id.equals("tiers")) {
            return Optional.empty();
        }
        ReportGenerator generator = (request, target) -> {
            PersonalDataMask mask = request.maskPersonalData() ? PersonalDataMask.MASKED : PersonalDataMask.CLEAR;
            List<String> lines = new ArrayList<>(List.of("customer,phone,tier"));
            new TreeMap<>(request.runs().labels(request.runId(), "tier", "tier")).forEach((customer, tier) ->
                    lines.add(customer + "," + mask.phone(request.customers().findCustomer(customer).orElseThrow()
                            .phone()) + "," + tier));
            Files.write(target, lines, StandardCharsets.UTF_8);
        };
        return Optional.of(new Held<>("tiers", Map.of("format", "csv"), generator, () -> { }));
    }

    @Override
    public List<String> reportGeneratorIds() {
        return List.of("tiers");
    }
}
