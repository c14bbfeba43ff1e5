package io.tierbench.bench;

import io.tierbench.bench.ImportTrial.Loader;
import io.tierbench.samples.SampleShopGenerator;
import io.tierbench.samples.ShopParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 4's import benchmark: Tierbench's CSV import of a generated shop into the H2 repository, next to H2's own
 * {@code CSVREAD} loading the same orders file, each load in a fresh JVM with the same maximum heap and a fresh
 * database. Every load must store the file's row count and amount sum (read from the file without a database), or
 * the benchmark fails. Then it finds the smallest heap each load passes with, and can profile one Tierbench import.
 *
 * <p>Arguments: CUSTOMERS ORDERS WORK_DIRECTORY. System properties: {@code bench.heap} (heap of the compared loads,
 * default 2g), {@code bench.rounds} (how often the comparison is repeated, default 1), {@code bench.heaps} (the
 * heaps tried, largest first; empty skips the search), {@code bench.ladder} (loaders the heap search tries),
 * {@code bench.profile} (true: one more Tierbench import with a flight recording, summed up by
 * {@link JfrHotspots}), {@code bench.timeLimitMinutes} (per load, default 20).
 */
public final class ImportBenchmark {

    private static final long SEED = 20260630L;
    private static final LocalDate END_DATE = LocalDate.of(2026, 6, 30);
    /** The repository's debug line on commit, which splits the commit into refreshing facts and H2's commit. */
    private static final Pattern COMMIT_LINE = Pattern.compile(
            "purchase facts of (\\d+) customers recomputed in (\\d+) ms, database commit (\\d+) ms");
    private static final List<String> TIERBENCH_LOGGING = List.of(
            "-Dorg.slf4j.simpleLogger.log.io.tierbench.repository.h2.internal.H2RepositoryTransaction=debug");

    private final Path work;
    private final Path data;
    private final OrdersFileTotals expected;
    private final ChildJvm jvm;

    private ImportBenchmark(Path work, Path data, OrdersFileTotals expected, ChildJvm jvm) {
        this.work = work;
        this.data = data;
        this.expected = expected;
        this.jvm = jvm;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ImportBenchmark CUSTOMERS ORDERS WORK_DIRECTORY");
        }
        ShopParameters shop = new ShopParameters(Integer.parseInt(args[0]), Long.parseLong(args[1]), SEED, END_DATE);
        Path work = Paths.get(args[2]).toAbsolutePath();
        Path data = work.resolve("data-" + shop.customers() + "-" + shop.orders());
        generateUnlessPresent(shop, data);
        OrdersFileTotals expected = OrdersFileTotals.of(data.resolve("orders.csv"));
        System.out.printf("orders.csv: %,d rows, %,d bytes, amounts sum to %s%n", expected.rows(),
                Files.size(data.resolve("orders.csv")), expected.amountSum().toPlainString());
        ImportBenchmark benchmark = new ImportBenchmark(work, data, expected,
                new ChildJvm(Duration.ofMinutes(Long.getLong("bench.timeLimitMinutes", 20))));

        String measured = measuredBundles();
        System.out.println("measuring " + measured);
        String heap = System.getProperty("bench.heap", "2g");
        List<List<TrialResult>> rounds = new ArrayList<>();
        for (int round = 1; round <= Integer.getInteger("bench.rounds", 1); round++) {
            rounds.add(benchmark.compare(round, heap));
        }
        if (rounds.size() > 1) {
            printMedians(rounds);
        }
        String heaps = System.getProperty("bench.heaps", "512m,256m,128m,96m,64m,48m,32m");
        for (String loader : System.getProperty("bench.ladder", "tierbench,csvread").split(",")) {
            if (!heaps.isBlank()) {
                benchmark.smallestHeap(Loader.named(loader.trim()), heaps.split(","));
            }
        }
        if (Boolean.getBoolean("bench.profile")) {
            benchmark.profile(heap);
        }
        if (!measuredBundles().equals(measured)) {
            System.out.println("WARNING: the bundles changed during the benchmark, now " + measuredBundles());
        }
    }

    /**
     * @return Tierbench's jars on the classpath with their modification times: other builds may replace them while
     *         the benchmark runs, and each load starts a JVM that reads them afresh (import.sh runs copies)
     */
    private static String measuredBundles() throws IOException {
        StringBuilder entries = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.contains("tierbench.") && entry.endsWith(".jar")) {
                Path path = Paths.get(entry);
                entries.append(entries.length() == 0 ? "" : ", ").append(path.getFileName()).append(" (")
                        .append(Files.exists(path) ? Files.getLastModifiedTime(path) : "missing").append(')');
            }
        }
        return entries.toString();
    }

    /** Runs every loader once at the same heap and prints a table of what each took. */
    private List<TrialResult> compare(int round, String heap) throws Exception {
        List<ChildJvm.Outcome> outcomes = new ArrayList<>();
        for (Loader loader : Loader.values()) {
            outcomes.add(requirePassed(load(loader, heap, "round" + round, List.of())));
        }
        long tierbenchMillis = outcomes.get(0).result().orElseThrow().ordersMillis();
        System.out.printf("%n### round %d, -Xmx%s%n", round, heap);
        System.out.println("| loader | customers s | orders s | orders/s | peak heap MB | GC s | close s "
                + "| load avg start, end | Tierbench / this |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (ChildJvm.Outcome outcome : outcomes) {
            TrialResult result = outcome.result().orElseThrow();
            System.out.printf("| %s | %.1f | %.1f | %,d | %d | %.1f | %.1f | %.1f, %.1f | %.2f |%n", result.loader(),
                    result.customersMillis() / 1000.0, result.ordersMillis() / 1000.0, result.ordersPerSecond(),
                    result.ordersPeakHeapMb(), result.gcMillis() / 1000.0, result.closeMillis() / 1000.0,
                    outcome.loadBefore(), outcome.loadAfter(), (double) tierbenchMillis / result.ordersMillis());
        }
        describeTierbench(outcomes.get(0));
        return outcomes.stream().map(outcome -> outcome.result().orElseThrow()).toList();
    }

    /**
     * The median of each loader's times over the rounds, and the median of the per-round ratios: on a shared machine
     * a round's loads see similar conditions, so the ratio varies less than the times.
     */
    private static void printMedians(List<List<TrialResult>> rounds) {
        System.out.printf("%n### median of %d rounds%n| loader | orders s, median (min to max) | orders/s | "
                + "peak heap MB, median | Tierbench / this, median (min to max) |%n| --- | --- | --- | --- | --- |%n",
                rounds.size());
        for (int loader = 0; loader < rounds.get(0).size(); loader++) {
            int index = loader;
            List<TrialResult> results = rounds.stream().map(round -> round.get(index)).toList();
            double[] seconds = results.stream().mapToDouble(result -> result.ordersMillis() / 1000.0).toArray();
            double[] ratios = rounds.stream().mapToDouble(round -> (double) round.get(0).ordersMillis()
                    / round.get(index).ordersMillis()).toArray();
            double median = median(seconds);
            System.out.printf("| %s | %.1f (%.1f to %.1f) | %,d | %.0f | %.2f (%.2f to %.2f) |%n",
                    results.get(0).loader(), median, min(seconds), max(seconds),
                    Math.round(results.get(0).rows() / median),
                    median(results.stream().mapToDouble(TrialResult::ordersPeakHeapMb).toArray()), median(ratios),
                    min(ratios), max(ratios));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    /** Where the Tierbench orders import spent its wall time, from the repository-call timer and its commit log. */
    private static void describeTierbench(ChildJvm.Outcome outcome) throws IOException {
        TrialResult result = outcome.result().orElseThrow();
        long inCalls = result.callMillis().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("Tierbench orders import %d ms: inside repository calls %s, outside them (reading, "
                + "parsing, validating) %d ms%n", result.ordersMillis(), result.callMillis(),
                result.ordersMillis() - inCalls);
        Matcher last = null;
        for (String line : Files.readAllLines(outcome.log(), StandardCharsets.UTF_8)) {
            Matcher matcher = COMMIT_LINE.matcher(line);
            if (matcher.find()) {
                last = matcher;
            }
        }
        if (last != null) {
            System.out.printf("orders commit: purchase facts of %s customers recomputed in %s ms, "
                    + "database commit %s ms%n", last.group(1), last.group(2), last.group(3));
        }
    }

    /** Tries the heaps from the largest down and reports the smallest the load passes with. */
    private void smallestHeap(Loader loader, String[] heaps) throws Exception {
        System.out.printf("%n### smallest heap, %s%n| -Xmx | result | orders s | peak heap MB | GC s |%n"
                + "| --- | --- | --- | --- | --- |%n", loader.label());
        String smallest = null;
        for (String heap : heaps) {
            ChildJvm.Outcome outcome = load(loader, heap.trim(), "heap-" + heap.trim(), List.of());
            if (!passed(outcome)) {
                System.out.printf("| %s | failed: %s | | | |%n", heap, outcome.failure());
                break;
            }
            TrialResult result = outcome.result().orElseThrow();
            System.out.printf("| %s | passed | %.1f | %d | %.1f |%n", heap, result.ordersMillis() / 1000.0,
                    result.ordersPeakHeapMb(), result.gcMillis() / 1000.0);
            smallest = heap;
        }
        System.out.printf("smallest heap %s passed with: %s%n", loader.label(), smallest == null ? "none" : smallest);
    }

    /** One more Tierbench import, recorded by the flight recorder and summed up into import-hotspots.txt. */
    private void profile(String heap) throws Exception {
        Path recording = work.resolve("import.jfr");
        Files.deleteIfExists(recording);
        ChildJvm.Outcome outcome = requirePassed(load(Loader.TIERBENCH, heap, "profile", List.of(
                "-XX:FlightRecorderOptions:stackdepth=256",
                "-XX:StartFlightRecording=settings=profile,filename=" + recording)));
        TrialResult result = outcome.result().orElseThrow();
        System.out.printf("%n### profiled Tierbench import: samples of the orders file's %.1f s%n",
                result.ordersMillis() / 1000.0);
        describeTierbench(outcome);
        Instant from = Instant.ofEpochMilli(result.ordersStartedAt());
        String summary = JfrHotspots.summarise(recording, 25, from, from.plusMillis(result.ordersMillis()));
        Files.writeString(work.resolve("import-hotspots.txt"), summary, StandardCharsets.UTF_8);
        System.out.print(summary);
    }

    private ChildJvm.Outcome load(Loader loader, String heap, String name, List<String> options) throws Exception {
        List<String> jvmOptions = new ArrayList<>(options);
        if (loader == Loader.TIERBENCH) {
            jvmOptions.addAll(TIERBENCH_LOGGING);
        }
        Path db = work.resolve("db-" + loader.label());
        ChildJvm.Outcome outcome = jvm.run(heap, jvmOptions, work.resolve("logs").resolve(loader.label() + "-" + name
                + ".log"), loader.label(), data.toString(), db.toString());
        ImportTrial.deleteDirectory(db);
        return outcome;
    }

    private boolean passed(ChildJvm.Outcome outcome) {
        return outcome.succeeded() && expected.matches(outcome.result().orElseThrow().rows(),
                outcome.result().orElseThrow().amountSum());
    }

    private ChildJvm.Outcome requirePassed(ChildJvm.Outcome outcome) throws IOException {
        if (!outcome.succeeded()) {
            throw new IllegalStateException("a load failed, see " + outcome.log() + ": " + outcome.failure());
        }
        TrialResult result = outcome.result().orElseThrow();
        if (!passed(outcome)) {
            throw new IllegalStateException(result.loader() + " stored " + result.rows() + " orders summing to "
                    + result.amountSum() + ", the file has " + expected.rows() + " summing to "
                    + expected.amountSum());
        }
        return outcome;
    }

    /** The generator is deterministic, so files generated with the same parameters are reused. */
    private static void generateUnlessPresent(ShopParameters shop, Path data) throws IOException {
        Path marker = data.resolve("shop.properties");
        String parameters = shop.toString();
        if (Files.exists(marker)) {
            Properties written = new Properties();
            try (var in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
                written.load(in);
            }
            if (parameters.equals(written.getProperty("parameters"))) {
                System.out.printf("reusing %s (%s orders)%n", data, written.getProperty("orders"));
                return;
            }
        }
        long started = System.nanoTime();
        SampleShopGenerator.Summary summary = SampleShopGenerator.generate(shop, data);
        System.out.printf("generated %s into %s in %d ms: %,d customers, %,d orders%n", shop, data,
                (System.nanoTime() - started) / 1_000_000, summary.customers(), summary.orders());
        Properties written = new Properties();
        written.setProperty("parameters", parameters);
        written.setProperty("orders", Long.toString(summary.orders()));
        try (var out = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
            written.store(out, "written after the generator finished");
        }
    }
}
