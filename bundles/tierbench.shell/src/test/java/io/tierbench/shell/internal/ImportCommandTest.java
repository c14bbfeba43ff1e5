package io.tierbench.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportOptions;
import io.tierbench.api.importer.ImportOutcome;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportService;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.importer.UnknownCustomers;
import io.tierbench.api.repository.CustomerRepository;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the command hands the import service for its options, and what it prints of the outcome. */
class ImportCommandTest {

    private static final Path HOME = Path.of("/srv/tierbench");

    private final RecordingImports imports = new RecordingImports();
    private String previousHome;

    @BeforeEach
    void setHome() {
        previousHome = System.setProperty("karaf.base", HOME.toString());
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("karaf.base");
        } else {
            System.setProperty("karaf.base", previousHome);
        }
    }

    @Test
    void optionsReachTheServiceAndRelativeFilesAreResolvedAgainstTheHome() throws Exception {
        ImportCommand command = command("samples/orders.csv", "/data/other.xlsx");
        command.kind = "orders";
        command.mapping = "jade_shop";
        command.strict = true;
        command.createCustomers = true;

        run(command);

        assertEquals(List.of(HOME.resolve("samples/orders.csv"), Path.of("/data/other.xlsx")), imports.files);
        assertEquals(EntityKind.ORDERS, imports.kinds.get(0));
        ImportOptions options = imports.options.get(0);
        assertEquals(List.of(true, "jade_shop", UnknownCustomers.CREATE),
                List.of(options.strict(), options.mappingName(), options.unknownCustomers()));
    }

    @Test
    void withoutOptionsTheServiceDecidesKindAndUnknownCustomers() throws Exception {
        run(command("customers.csv"));

        assertNull(imports.kinds.get(0));
        ImportOptions options = imports.options.get(0);
        assertEquals(false, options.strict());
        assertNull(options.mappingName());
        assertNull(options.unknownCustomers());
    }

    @Test
    void printsTheCountsEachRejectedRowAndWhereTheRejectsAre() throws Exception {
        List<String> out = run(command("orders.csv"));

        assertEquals("orders.csv (orders, csv): 3 rows: 1 inserted, 1 updated, 0 unchanged, 1 rejected", out.get(0));
        assertEquals("  orders.csv: row 3, column 'amount', value '-5': negative amount", out.get(1));
        assertEquals("  Rejected rows (被拒绝的行): /srv/tierbench/data/imports/orders.csv.rejects.csv", out.get(2));
    }

    @Test
    void aFileThatFailsIsReportedAndTheNextIsStillImported() throws Exception {
        imports.failing = "bad.csv";

        List<String> out = run(command("bad.csv", "orders.csv"));

        assertEquals("Import failed, nothing stored (导入失败，未存储): bad.csv: the file is empty", out.get(0));
        assertEquals(2, imports.files.size());
        assertTrue(out.get(1).startsWith("orders.csv (orders, csv): 3 rows"), out.get(1));
    }

    @Test
    void progressIsPrintedEveryHundredThousandRows() throws Exception {
        run(command("orders.csv"));

        List<String> out = capture(() -> {
            imports.options.get(0).progress().rowsRead(50_000, 0);
            imports.options.get(0).progress().rowsRead(200_000, 3);
        });

        assertEquals(List.of("  ... 200,000 rows read, 3 rejected"), out);
    }

    private ImportCommand command(String... files) {
        ImportCommand command = new ImportCommand();
        command.files = List.of(files);
        command.imports = imports;
        command.repository = (CustomerRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CustomerRepository.class}, (proxy, method, args) -> 0L);
        return command;
    }

    private static List<String> run(ImportCommand command) throws Exception {
        return capture(command::execute);
    }

    private interface Action {
        void run() throws Exception;
    }

    private static List<String> capture(Action action) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(console);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static final class RecordingImports implements ImportService {
        final List<Path> files = new ArrayList<>();
        final List<EntityKind> kinds = new ArrayList<>();
        final List<ImportOptions> options = new ArrayList<>();
        String failing;

        @Override
        public ImportOutcome importFile(Path file, EntityKind kind, ImportOptions importOptions)
                throws ImportException {
            files.add(file);
            kinds.add(kind);
            options.add(importOptions);
            String name = file.getFileName().toString();
            if (name.equals(failing)) {
                throw new ImportException(name + ": the file is empty");
            }
            RowError error = new RowError(name, 3, "amount", "-5", "negative amount");
            ImportReport report = new ImportReport(name, EntityKind.ORDERS, 1, 1, 0, 1, List.of(error), true);
            return new ImportOutcome(report, "csv", HOME.resolve("data/imports/" + name + ".report.txt"),
                    HOME.resolve("data/imports/" + name + ".rejects.csv"));
        }

        @Override
        public List<String> mappings() {
            return List.of();
        }
    }
}
