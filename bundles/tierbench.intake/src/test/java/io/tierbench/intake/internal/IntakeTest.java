package io.tierbench.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.ColumnMapping;
import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportOptions;
import io.tierbench.api.importer.ImportOutcome;
import io.tierbench.api.importer.ImportService;
import io.tierbench.api.importer.UnknownCustomers;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.importer.csv.internal.CsvImporter;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import service with the real CSV importer and the real H2 repository: stored rows are counted there. */
class IntakeTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC);

    private Path folder;
    private H2Database database;
    private H2CustomerRepository repository;
    private final List<ColumnMapping> mappings = new ArrayList<>();
    private Intake intake;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(Path.of("target", "intake-test", String.valueOf(System.nanoTime())));
        database = new H2Database(new OsgiDataSourceFactory(new Driver()),
                ComponentConfigurations.of(H2RepositoryConfiguration.class,
                        Map.of("url", "jdbc:h2:mem:intake-" + System.nanoTime(), "user", "sa", "password", "")));
        repository = new H2CustomerRepository(database);
        CsvImporter csv = new CsvImporter();
        Intake.Importers importers = new Intake.Importers() {
            @Override
            public List<Intake.Candidate> forExtension(String extension) {
                return List.of("csv", "tsv", "txt").contains(extension) ? List.of(new Intake.Candidate("csv", csv))
                        : List.of();
            }

            @Override
            public List<String> extensions() {
                return List.of("csv", "tsv", "txt");
            }
        };
        Intake.Mappings configured = new Intake.Mappings() {
            @Override
            public ColumnMapping named(String name) throws ImportException {
                return mappings.stream().filter(m -> m.name().equals(name)).findFirst()
                        .orElseThrow(() -> new ImportException("no column mapping named '" + name + "'"));
            }

            @Override
            public List<String> names() {
                return mappings.stream().map(ColumnMapping::name).toList();
            }
        };
        intake = new Intake(repository, importers, configured, folder.resolve("imports"), UnknownCustomers.REJECT,
                NOON);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void aClientsMappingReadsHeadersNoSynonymKnows() throws Exception {
        mappings.add(new ColumnMapping("jade_shop", Map.of("external_id", List.of("会员卡号"),
                "amount", List.of("成交价"), "customer_id", List.of("会员卡号"), "order_id", List.of("单号"),
                "ordered_at", List.of("日期"))));
        Path customers = write("会员.csv", "会员卡号,姓名", "VIP001,张伟", "VIP002,王芳");
        Path orders = write("流水.csv", "单号,会员卡号,日期,成交价", "S1,VIP001,2024/3/5,\"¥12,800\"",
                "S2,VIP002,2024年3月6日,6800元");

        intake.importFile(customers, EntityKind.CUSTOMERS, new ImportOptions(false, "jade_shop", null, null));
        ImportException withoutMapping = assertThrows(ImportException.class,
                () -> intake.importFile(orders, EntityKind.ORDERS, ImportOptions.defaults()));
        ImportOutcome withMapping = intake.importFile(orders, EntityKind.ORDERS,
                new ImportOptions(false, "jade_shop", null, null));

        assertTrue(withoutMapping.getMessage().startsWith("流水.csv: required columns 'order_id'"),
                withoutMapping.getMessage());
        assertEquals(2, repository.countCustomers());
        assertEquals(0, withMapping.report().rejected(), withMapping.report().errors().toString());
        assertEquals(2, repository.countOrders());
        Map<String, BigDecimal> spend = new HashMap<>();
        repository.forEachPurchaseFacts(null, null, facts -> spend.put(facts.customerId(), facts.totalSpend()));
        assertEquals(0, new BigDecimal("12800").compareTo(spend.get("VIP001")));
        assertEquals(0, new BigDecimal("6800").compareTo(spend.get("VIP002")));
    }

    @Test
    void unknownCustomersAreRejectedOrCreatedAsAsked() throws Exception {
        Path orders = write("orders.csv", "order_id,customer_id,ordered_at,amount", "O1,C1,2024-03-05,10",
                "O2,C2,2024-03-05,20", "O3,C1,2024-03-06,30");

        ImportOutcome rejected = intake.importFile(orders, null, ImportOptions.defaults());
        assertEquals(3, rejected.report().rejected());
        assertEquals(0, repository.countOrders());

        ImportOutcome created = intake.importFile(orders, null,
                new ImportOptions(false, null, UnknownCustomers.CREATE, null));
        assertEquals(3, created.report().inserted());
        assertEquals(2, created.report().customersCreated());
        assertEquals(2, repository.countCustomers());
        assertEquals(3, repository.countOrders());
    }

    @Test
    void rejectedRowsGoToAReportAndARejectsFileThatExcelOpens() throws Exception {
        write("customers.csv", "external_id", "C1");
        intake.importFile(folder.resolve("customers.csv"), null, ImportOptions.defaults());
        Path orders = write("orders.csv", "order_id,customer_id,ordered_at,amount", "O1,C1,2024-03-05,10",
                "O2,C1,05/03/2024,20", "O3,C1,2024-03-06,-5");

        ImportOutcome outcome = intake.importFile(orders, null, ImportOptions.defaults());

        assertEquals(folder.resolve("imports").resolve("20260630-120000-orders.csv.rejects.csv"),
                outcome.rejectsFile());
        List<String> rejects = Files.readAllLines(outcome.rejectsFile(), StandardCharsets.UTF_8);
        assertEquals("\uFEFFfile,row,column,value,reason", rejects.get(0));
        assertTrue(rejects.get(1).startsWith("orders.csv,3,ordered_at,05/03/2024,\"not a date; expected"), rejects.get(1));
        assertEquals("orders.csv,4,amount,-5,negative amount", rejects.get(2));
        assertEquals(3, rejects.size());
        String report = Files.readString(outcome.reportFile());
        assertTrue(report.contains("orders.csv (orders): 3 rows: 1 inserted, 0 updated, 0 unchanged, 2 rejected"),
                report);
        assertEquals(1, repository.countOrders());
    }

    @Test
    void aCleanImportWritesNoRejectsFile() throws Exception {
        ImportOutcome outcome = intake.importFile(write("customers.csv", "external_id", "C1"), null,
                ImportOptions.defaults());
        assertNull(outcome.rejectsFile());
        assertTrue(Files.isRegularFile(outcome.reportFile()));
    }

    @Test
    void aFileWhoseKindCannotBeToldIsRefusedBeforeAnythingIsRead() throws Exception {
        Path file = write("export.csv", "external_id", "C1");
        ImportException e = assertThrows(ImportException.class,
                () -> intake.importFile(file, null, ImportOptions.defaults()));
        assertTrue(e.getMessage().startsWith("export.csv: cannot tell what the file holds"), e.getMessage());
        ImportException xls = assertThrows(ImportException.class,
                () -> intake.importFile(write("customers.xls", "x"), null, ImportOptions.defaults()));
        assertEquals("customers.xls: no installed importer reads .xls files (installed: .csv, .tsv, .txt)",
                xls.getMessage());
        assertEquals(0, repository.countCustomers());
    }

    @Test
    void theDropFolderImportsCompleteFilesInNameOrderAndFilesThemAway() throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Inbox watcher = new Inbox(inbox, service(), ImportOptions.defaults());
        Files.writeString(inbox.resolve("02-orders.csv"),
                "order_id,customer_id,ordered_at,amount\nO1,C1,2024-03-05,10\nO2,C9,2024-03-05,20\n");
        Files.writeString(inbox.resolve("01-customers.csv"), "external_id,name\nC1,张伟\n");
        Files.writeString(inbox.resolve("03-customers.csv"), "");
        Files.writeString(inbox.resolve("04-customers.csv.part"), "external_id\nC2\n");

        assertEquals(List.of(), watcher.poll(), "a file is imported once it has not changed over one poll");
        List<Path> imported = watcher.poll();

        assertEquals(List.of(inbox.resolve("done/01-customers.csv"), inbox.resolve("done/02-orders.csv"),
                inbox.resolve("failed/03-customers.csv")), imported);
        assertEquals(1, repository.countCustomers());
        assertEquals(1, repository.countOrders());
        assertTrue(Files.readString(inbox.resolve("done/02-orders.csv.rejects.csv")).contains("C9"));
        assertTrue(Files.readString(inbox.resolve("failed/03-customers.csv.report.txt"))
                .contains("the file is empty"));
        assertTrue(Files.exists(inbox.resolve("04-customers.csv.part")), "partial files are left alone");
        try (Stream<Path> left = Files.list(inbox)) {
            assertEquals(List.of("04-customers.csv.part", "done", "failed"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of(), watcher.poll());
    }

    @Test
    void aStrictDropFolderFilesABadFileAsFailedAndStoresNothingOfIt() throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("strict-inbox"));
        Inbox watcher = new Inbox(inbox, service(), new ImportOptions(true, null, null, null));
        Files.writeString(inbox.resolve("customers.csv"), "external_id,birth_year\nC1,1980\nC2,nineteen\n");

        watcher.poll();
        watcher.poll();

        assertTrue(Files.exists(inbox.resolve("failed/customers.csv")));
        assertTrue(Files.exists(inbox.resolve("failed/customers.csv.rejects.csv")));
        assertEquals(0, repository.countCustomers());
    }

    @Test
    void aMappingEntryNamingNoColumnIsAnErrorNamingIt() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("name", "odd");
        properties.put("column.member_card", "会员卡号");
        ImportException e = assertThrows(ImportException.class,
                () -> ColumnMappings.fromProperties("tierbench.importer.mapping~odd", properties));
        assertTrue(e.getMessage().startsWith("column mapping 'odd': 'column.member_card' names no column; columns "
                + "are acquisition_channel, amount,"), e.getMessage());
    }

    @Test
    void aMappingIsReadFromItsConfiguration() throws ImportException {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("column.external_id", "会员卡号 | 卡号");
        properties.put("column.amount", "成交价");
        ColumnMapping mapping = ColumnMappings.fromProperties("tierbench.importer.mapping~jade_shop", properties);
        assertEquals("jade_shop", mapping.name());
        assertEquals(List.of("会员卡号", "卡号"), mapping.headersFor("external_id"));
        assertEquals(List.of("成交价"), mapping.headersFor("amount"));
        assertFalse(mapping.headersByColumn().containsKey("name"));
    }

    @Test
    void theKindIsToldFromTheFirstWordOfTheName() {
        assertEquals(EntityKind.CUSTOMERS, EntityKind.fromFileName("01-Customers.csv").orElseThrow());
        assertEquals(EntityKind.ORDERS, EntityKind.fromFileName("2024年订单.xlsx").orElseThrow());
        assertEquals(EntityKind.TAGS, EntityKind.fromFileName("tags_of_customers.csv").orElseThrow());
        assertEquals(EntityKind.INTERACTIONS, EntityKind.fromFileName("客服互动.csv").orElseThrow());
        assertTrue(EntityKind.fromFileName("export.csv").isEmpty());
    }

    private ImportService service() {
        return new ImportService() {
            @Override
            public ImportOutcome importFile(Path file, EntityKind kind, ImportOptions options)
                    throws ImportException {
                return intake.importFile(file, kind, options);
            }

            @Override
            public List<String> mappings() {
                return intake.mappingNames();
            }
        };
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
