package io.tierbench.report.html.internal;

import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.RunInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Which classifiers took part in a run, and how it went for each: what decides whether a section is shown. */
final class ClassifierRuns {

    private final Map<String, RunInfo.ClassifierRun> byId = new LinkedHashMap<>();
    private final PageText text;

    ClassifierRuns(RunInfo run, PageText text) {
        this.text = text;
        run.classifiers().forEach(part -> byId.put(part.classifier().id(), part));
    }

    /** @return the classifier's identity and configuration when it completed in the run */
    Optional<ClassifierInfo> succeeded(String classifierId) {
        RunInfo.ClassifierRun part = byId.get(classifierId);
        return part != null && part.succeeded() ? Optional.of(part.classifier()) : Optional.empty();
    }

    /** @return why a section built on the classifier is left out: it did not run, or it failed */
    String whyMissing(String classifierId) {
        RunInfo.ClassifierRun part = byId.get(classifierId);
        String name = text.classifierName(classifierId, part == null ? classifierId : part.classifier().name());
        if (part == null) {
            return text.format("note.notRun", name);
        }
        return text.format("note.failed", name, part.failureReason() == null ? "" : part.failureReason());
    }

    /** @return why a section is left out although its classifier completed: it stored no label */
    String noLabels(String classifierId) {
        return text.format("note.noLabels", text.classifierName(classifierId, classifierId));
    }

    /** @return the display title of a classifier's scheme, e.g. {@code RFM — segments} */
    String title(String classifierId, String scheme) {
        RunInfo.ClassifierRun part = byId.get(classifierId);
        String name = text.classifierName(classifierId, part == null ? classifierId : part.classifier().name());
        return name + " \u2014 " + text.schemeName(classifierId, scheme);
    }
}
