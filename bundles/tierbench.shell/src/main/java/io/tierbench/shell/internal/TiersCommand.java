package io.tierbench.shell.internal;

import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "tierbench", name = "tiers",
        description = "Shows how many customers got each label, per classifier (各分级的客户数量).")
public class TiersCommand implements Action {

    @Option(name = "--run", description = "The run id. Default: the latest run.")
    Long runId;

    @Reference
    RunRepository runs;

    @Override
    public Object execute() {
        RunInfo run = RunSelection.select(runs, runId);
        System.out.printf("Run %d as of %s%n", run.runId(), run.asOf());
        TierSummary.printClassifiers(System.out, run);
        TierSummary.print(System.out, runs.labelDistribution(run.runId()));
        return null;
    }
}
