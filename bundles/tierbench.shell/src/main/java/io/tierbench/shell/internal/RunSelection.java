package io.tierbench.shell.internal;

import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;

/** Picks the run a command reports on: the one asked for, or the latest. */
final class RunSelection {

    private RunSelection() {
    }

    static RunInfo select(RunRepository runs, Long runId) {
        if (runId != null) {
            return runs.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        }
        return runs.latestRun().orElseThrow(
                () -> new IllegalStateException("no classification run yet: run tierbench:classify first"));
    }
}
