package io.tierbench.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.repository.StoredClassification;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Which runs and schemes the command compares; the matrix itself comes from the repository. */
class MigrationCommandTest {

    private static final Label A = new Label("a", "A", "A类客户");
    private static final Label B = new Label("b", "B", "B类客户");

    private final ThreeRuns runs = new ThreeRuns();

    @Test
    void comparesTheLatestRunWithTheOneBeforeItForEverySchemeOfEitherRun() throws Exception {
        MigrationCommand command = command();

        List<String> out = run(command);

        assertEquals(List.of("3>7 abc/class", "3>7 rfm/segment"), runs.asked);
        assertEquals("abc/class: run 3 (2026-02-28) -> run 7 (2026-03-31): 1 of 3 customers changed label (客户迁移)",
                out.get(1));
    }

    @Test
    void givenRunsAndAClassifierNarrowTheComparison() throws Exception {
        MigrationCommand command = command();
        command.fromRunId = 1L;
        command.toRunId = 3L;
        command.classifierId = "rfm";

        run(command);

        assertEquals(List.of("1>3 rfm/segment"), runs.asked);
    }

    @Test
    void theFirstRunHasNothingToCompareWith() {
        MigrationCommand command = command();
        command.toRunId = 1L;

        assertEquals("no run before run 1 to compare with: give --from",
                assertThrows(IllegalArgumentException.class, command::execute).getMessage());
    }

    private MigrationCommand command() {
        MigrationCommand command = new MigrationCommand();
        command.runs = runs;
        return command;
    }

    private static List<String> run(MigrationCommand command) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(console);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Runs 1, 3 and 7; run 1 labelled only rfm, the later ones rfm and abc. */
    private static final class ThreeRuns implements RunRepository {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<RunInfo> runs() {
            return List.of(info(7), info(3), info(1));
        }

        @Override
        public Optional<RunInfo> run(long runId) {
            return runs().stream().filter(r -> r.runId() == runId).findFirst();
        }

        @Override
        public Optional<RunInfo> latestRun() {
            return Optional.of(info(7));
        }

        @Override
        public List<LabelCount> labelDistribution(long runId) {
            List<LabelCount> counts = new ArrayList<>();
            if (runId > 1) {
                counts.add(new LabelCount("abc", "class", A, 2));
            }
            counts.add(new LabelCount("rfm", "segment", B, 3));
            return counts;
        }

        @Override
        public MigrationMatrix migration(long fromRunId, long toRunId, String classifierId, String scheme) {
            asked.add(fromRunId + ">" + toRunId + " " + classifierId + "/" + scheme);
            return new MigrationMatrix(fromRunId, toRunId, classifierId, scheme, List.of(A, B),
                    List.of(new MigrationMatrix.Move("a", "a", 2), new MigrationMatrix.Move("a", "b", 1)));
        }

        private static RunInfo info(long id) {
            LocalDate asOf = switch ((int) id) {
                case 1 -> LocalDate.of(2026, 1, 31);
                case 3 -> LocalDate.of(2026, 2, 28);
                default -> LocalDate.of(2026, 3, 31);
            };
            return new RunInfo(id, asOf, null, null, List.of());
        }

        @Override
        public long startRun(LocalDate asOf) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveResults(long runId, ClassifierInfo classifier, String summary,
                List<Classification> classifications) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveFailure(long runId, ClassifierInfo classifier, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void finishRun(long runId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StoredClassification> classificationsOf(long runId, String customerId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> labels(long runId, String classifierId, String scheme) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forEachClassification(long runId, Consumer<StoredClassification> visitor) {
            throw new UnsupportedOperationException();
        }
    }
}
