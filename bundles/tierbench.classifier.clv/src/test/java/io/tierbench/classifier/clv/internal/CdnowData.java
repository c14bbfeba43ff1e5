package io.tierbench.classifier.clv.internal;

import io.tierbench.api.model.PurchaseFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CDNOW reference files of {@code shared/data/cdnow/} (see its README), read in place. The folder is found by
 * walking up from the working directory, so the tests run from the module, the reactor root or an IDE.
 */
final class CdnowData {

    /** End of the calibration period: T is measured to this day. */
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    /** A row of a summary file; zbar is 0 in the file without it. */
    record Row(int id, int x, double tx, double bigT, double zbar) {
        CalibrationSummary summary() {
            return new CalibrationSummary(Integer.toString(id), x, tx, bigT, zbar);
        }
    }

    /** One line of CDNOW_sample.txt. */
    record Transaction(int sampleId, LocalDate date, BigDecimal dollars) {
    }

    private CdnowData() {
    }

    static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("cdnow");
            if (Files.isRegularFile(candidate.resolve("cdnow_customers_summary.csv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/data/cdnow above " + Path.of("").toAbsolutePath());
    }

    /** @return cdnow_customers_summary.csv: ID, frequency, recency, T */
    static List<Row> summary() {
        return lines("cdnow_customers_summary.csv").stream().skip(1).map(line -> line.split(","))
                .map(f -> new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), 0))
                .toList();
    }

    /** @return cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar */
    static List<Row> summaryWithSpend() {
        return lines("cdnow_customers_summary_with_transactions.csv").stream().skip(1)
                .filter(line -> !line.isBlank()).map(line -> line.trim().split(","))
                .map(f -> new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4])))
                .toList();
    }

    /** @return every line of CDNOW_sample.txt */
    static List<Transaction> transactions() {
        DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
        return lines("CDNOW_sample.txt").stream().filter(line -> !line.isBlank())
                .map(line -> line.trim().split("\\s+"))
                .map(f -> new Transaction(Integer.parseInt(f[1]), LocalDate.parse(f[2], yyyymmdd),
                        new BigDecimal(f[4])))
                .toList();
    }

    /**
     * The purchase facts the engine would hand over for the transactions up to {@code asOf}: each line is one
     * order, so same-day lines are separate orders on one purchase day.
     */
    static List<PurchaseFacts> facts(List<Transaction> transactions, LocalDate asOf) {
        Map<Integer, List<Transaction>> byCustomer = new TreeMap<>();
        for (Transaction transaction : transactions) {
            if (!transaction.date().isAfter(asOf)) {
                byCustomer.computeIfAbsent(transaction.sampleId(), id -> new ArrayList<>()).add(transaction);
            }
        }
        List<PurchaseFacts> facts = new ArrayList<>();
        byCustomer.forEach((id, orders) -> facts.add(FactsContext.aggregate(Integer.toString(id),
                orders.stream().map(o -> new FactsContext.Purchase(o.date(), o.dollars())).toList())));
        return facts;
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(directory().resolve(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
