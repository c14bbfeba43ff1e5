package io.tierbench.shell.internal;

import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Service
@Command(scope = "tierbench", name = "migration",
        description = "Shows how many customers moved from each label to each label between two runs, per "
                + "classifier and scheme (分级迁移矩阵).")
public class MigrationCommand implements Action {

    @Option(name = "--from", description = "The earlier run. Default: the run before --to.")
    Long fromRunId;

    @Option(name = "--to", description = "The later run. Default: the latest run.")
    Long toRunId;

    @Option(name = "--classifier", description = "Only this classifier, e.g. rfm.")
    String classifierId;

    @Option(name = "--scheme", description = "Only this scheme, e.g. segment.")
    String scheme;

    @Option(name = "--lang", description = "Language of the labels: en or zh. Default: en.")
    @Completion(value = StringsCompleter.class, values = {"en", "zh"})
    String language = "en";

    @Reference
    RunRepository runs;

    @Override
    public Object execute() {
        RunInfo to = RunSelection.select(runs, toRunId);
        RunInfo from = fromRunId != null ? RunSelection.select(runs, fromRunId) : previous(to);
        Set<String> schemes = new LinkedHashSet<>();
        for (RunInfo run : List.of(from, to)) {
            for (LabelCount count : runs.labelDistribution(run.runId())) {
                if ((classifierId == null || classifierId.equals(count.classifierId()))
                        && (scheme == null || scheme.equals(count.scheme()))) {
                    schemes.add(count.classifierId() + "/" + count.scheme());
                }
            }
        }
        if (schemes.isEmpty()) {
            System.out.printf("No labels to compare in runs %d and %d%s (没有可比较的分级).%n", from.runId(),
                    to.runId(), classifierId == null && scheme == null ? "" : " for the classifier or scheme given");
            return null;
        }
        for (String key : schemes) {
            String[] parts = key.split("/", 2);
            MigrationMatrix matrix = runs.migration(from.runId(), to.runId(), parts[0], parts[1]);
            long customers = matrix.moves().stream().mapToLong(MigrationMatrix.Move::customers).sum();
            System.out.println();
            System.out.printf("%s: run %d (%s) -> run %d (%s): %d of %d customers changed label (客户迁移)%n", key,
                    from.runId(), from.asOf(), to.runId(), to.asOf(), matrix.moved(), customers);
            MigrationTable.of(matrix, language).print(System.out);
        }
        return null;
    }

    private RunInfo previous(RunInfo to) {
        return runs.runs().stream().filter(run -> run.runId() < to.runId()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run before run " + to.runId()
                        + " to compare with: give --from"));
    }
}
