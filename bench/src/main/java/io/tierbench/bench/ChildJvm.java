package io.tierbench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@link ImportTrial} in a JVM of its own, on this JVM's classpath, with a given maximum heap: a load that
 * needs more heap than that fails there, not here. Its output goes to a log file, where its result line is found.
 */
final class ChildJvm {

    /**
     * How a trial ended.
     *
     * @param exitCode the JVM's exit code, -1 when it was stopped at the time limit
     * @param result its result line, empty when it printed none
     * @param log its output
     * @param loadBefore the one-minute load average when it started
     * @param loadAfter the one-minute load average when it ended
     */
    record Outcome(int exitCode, Optional<TrialResult> result, Path log, double loadBefore, double loadAfter) {

        boolean succeeded() {
            return exitCode == 0 && result.isPresent();
        }

        /** @return the log's first line naming an error, for a failed trial's report */
        String failure() throws IOException {
            if (exitCode == -1) {
                return "stopped at the time limit";
            }
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains("Error") || line.contains("Exception")).findFirst()
                    .orElse("exit code " + exitCode);
        }
    }

    private final Duration timeLimit;

    ChildJvm(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    /**
     * @param heap the {@code -Xmx} value, e.g. {@code 512m}
     * @param jvmOptions further JVM options, e.g. a flight recording
     */
    Outcome run(String heap, List<String> jvmOptions, Path log, String... trialArguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ImportTrial.class.getName());
        command.addAll(List.of(trialArguments));
        Files.createDirectories(log.getParent());
        double loadBefore = loadAverage();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int exitCode;
        if (process.waitFor(timeLimit.toSeconds(), TimeUnit.SECONDS)) {
            exitCode = process.exitValue();
        } else {
            process.destroyForcibly().waitFor();
            exitCode = -1;
        }
        Optional<TrialResult> result = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(TrialResult.PREFIX + " ")).findFirst().map(TrialResult::parse);
        return new Outcome(exitCode, result, log, loadBefore, loadAverage());
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
