package io.tierbench.bench;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.classifier.rfm.internal.RfmClassifier;
import io.tierbench.classifier.rfm.internal.RfmConfiguration;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.engine.internal.BenchEngine;
import io.tierbench.importer.csv.internal.CsvImporter;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import io.tierbench.repository.h2.internal.H2RunRepository;
import io.tierbench.samples.SampleShopGenerator;
import io.tierbench.samples.ShopParameters;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/**
 * Imports a generated shop into the H2 repository and classifies it with RFM through the engine's run path, next to
 * the plain-Java peer pass on the same files, and prints the figures as Markdown rows for bench/README.md.
 *
 * <p>Arguments: {@code S} (100 000 customers, 2 000 000 orders) or {@code L} (1 000 000 / 20 000 000), and a work
 * directory.
 */
public final class Benchmark {

    private static final long SEED = 20260630L;
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean large = args.length > 0 && "L".equalsIgnoreCase(args[0]);
        Path work = Paths.get(args.length > 1 ? args[1] : "target/bench").toAbsolutePath();
        ShopParameters shop = large ? new ShopParameters(1_000_000, 20_000_000, SEED, AS_OF)
                : new ShopParameters(100_000, 2_000_000, SEED, AS_OF);
        Path data = work.resolve("data-" + shop.customers());
        long generated = timed(() -> SampleShopGenerator.generate(shop, data));
        System.out.printf("generated %s into %s in %d ms%n", shop, data, generated);

        AtomicLong peerChecksum = new AtomicLong();
        long peer = timed(() -> peerChecksum.set(PlainJavaPeer.scoreChecksum(data.resolve("orders.csv"), AS_OF)));
        new Benchmark().runTierbench(work, data, peer, peerChecksum.get());
    }

    private void runTierbench(Path work, Path data, long peerMillis, long peerChecksum) throws Exception {
        Path db = work.resolve("db");
        deleteDirectory(db);
        H2Database database = new H2Database(new OsgiDataSourceFactory(new Driver()), ComponentConfigurations.of(
                H2RepositoryConfiguration.class, Map.of("url", "jdbc:h2:file:" + db.resolve("tierbench"))));
        try {
            H2CustomerRepository customers = new H2CustomerRepository(database);
            H2RunRepository runs = new H2RunRepository(database);
            CsvImporter importer = new CsvImporter();
            PeakHeap.reset();
            ImportReport[] reports = new ImportReport[2];
            long importCustomers = timed(() -> reports[0] = importer.importFile(data.resolve("customers.csv"),
                    new ImportRequest(EntityKind.CUSTOMERS, false), customers));
            long importOrders = timed(() -> reports[1] = importer.importFile(data.resolve("orders.csv"),
                    new ImportRequest(EntityKind.ORDERS, false), customers));
            long importHeap = PeakHeap.megabytes();

            PeakHeap.reset();
            ChecksumRfm rfm = new ChecksumRfm(new RfmClassifier(
                    ComponentConfigurations.of(RfmConfiguration.class, Map.of())));
            RunReport[] run = new RunReport[1];
            long classify = timed(() -> run[0] = BenchEngine.run(customers, runs, AS_OF,
                    new ClassifierInfo("rfm", "RFM", "1.0.0", Map.of()), rfm));
            long classifyHeap = PeakHeap.megabytes();

            report(reports, run[0], importCustomers, importOrders, importHeap, classify, classifyHeap, peerMillis,
                    peerChecksum, rfm.checksum);
        } finally {
            database.close();
        }
    }

    private static void report(ImportReport[] imports, RunReport run, long importCustomers, long importOrders,
            long importHeap, long classify, long classifyHeap, long peer, long peerChecksum, long checksum) {
        long rows = imports[1].rows();
        System.out.printf("customers: %s%norders: %s%n", summary(imports[0]), summary(imports[1]));
        System.out.printf("run %d: %s%n", run.runId(), run.outcomes());
        System.out.printf("checksum of R+F+M scores: tierbench %d, peer %d (%s)%n", checksum, peerChecksum,
                checksum == peerChecksum ? "same answer" : "DIFFERENT");
        System.out.println();
        System.out.println("| customers | orders | import customers s | import orders s (rows/s) | import peak heap MB "
                + "| RFM run s (facts + classify + store) | run peak heap MB | plain-Java peer s | run / peer |");
        System.out.printf("| %d | %d | %.1f | %.1f (%,d) | %d | %.2f | %d | %.2f | %.1f |%n", imports[0].rows(), rows,
                importCustomers / 1000.0, importOrders / 1000.0, rows * 1000 / Math.max(1, importOrders), importHeap,
                classify / 1000.0, classifyHeap, peer / 1000.0, (double) classify / Math.max(1, peer));
        if (checksum != peerChecksum) {
            throw new IllegalStateException("Tierbench and the peer disagree on the RFM scores");
        }
    }

    private static String summary(ImportReport report) {
        return String.format("%d rows, %d inserted, %d updated, %d unchanged, %d rejected", report.rows(),
                report.inserted(), report.updated(), report.unchanged(), report.rejected());
    }

    /** Passes RFM through and sums its R, F and M scores, to check it computed what the peer computed. */
    private static final class ChecksumRfm implements Classifier {
        private final Classifier delegate;
        private long checksum;

        ChecksumRfm(Classifier delegate) {
            this.delegate = delegate;
        }

        @Override
        public ClassifierResult classify(ClassificationContext context) throws ClassificationException {
            ClassifierResult result = delegate.classify(context);
            checksum = result.classifications().stream().filter(c -> c.scheme().equals("segment"))
                    .map(c -> c.scores().getOrDefault("r_score", BigDecimal.ZERO)
                            .add(c.scores().getOrDefault("f_score", BigDecimal.ZERO))
                            .add(c.scores().getOrDefault("m_score", BigDecimal.ZERO)))
                    .mapToLong(BigDecimal::longValue).sum();
            return result;
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static long timed(Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void deleteDirectory(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
