package io.tierbench.shell.internal;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportOptions;
import io.tierbench.api.importer.ImportOutcome;
import io.tierbench.api.importer.ImportProgress;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportService;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.importer.UnknownCustomers;
import io.tierbench.api.repository.CustomerRepository;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Service
@Command(scope = "tierbench", name = "import",
        description = "Imports customers, orders, interactions or tags from CSV, Excel, JSON or WeCom files "
                + "(导入客户、订单、互动记录、标签). Relative paths are resolved against the Tierbench home directory.")
public class ImportCommand implements Action {

    private static final int ERRORS_SHOWN = 50;
    private static final long PROGRESS_EVERY = 100_000;

    @Option(name = "--kind", description = "What the rows are: customers, orders, interactions or tags. "
            + "When omitted, told from the file (a WeCom dump holds customers) or its name (customers*, 订单*, …).")
    @Completion(value = StringsCompleter.class, values = {"customers", "orders", "interactions", "tags"})
    String kind;

    @Option(name = "--mapping", description = "A client's column mapping from etc/tierbench.importer.mapping-NAME.cfg "
            + "(列映射).")
    String mapping;

    @Option(name = "--strict", description = "Store nothing from a file when any of its rows is bad (严格模式).")
    boolean strict;

    @Option(name = "--create-customers", description = "Store a customer with only its id for orders, "
            + "interactions or tags of unknown customers, instead of rejecting those rows (创建未知客户).")
    boolean createCustomers;

    @Argument(index = 0, name = "files", required = true, multiValued = true,
            description = "Files to import, in order (customers before their orders).")
    @Completion(FileCompleter.class)
    List<String> files;

    @Reference
    ImportService imports;

    @Reference
    CustomerRepository repository;

    @Override
    public Object execute() throws Exception {
        EntityKind entityKind = kind == null ? null : EntityKind.valueOf(kind.toUpperCase(Locale.ROOT));
        ImportProgress progress = (rows, rejected) -> {
            if (rows > 0 && rows % PROGRESS_EVERY == 0) {
                System.out.printf(Locale.ROOT, "  ... %,d rows read, %,d rejected%n", rows, rejected);
            }
        };
        ImportOptions options = new ImportOptions(strict, mapping,
                createCustomers ? UnknownCustomers.CREATE : null, progress);
        for (String name : files) {
            try {
                print(imports.importFile(HomePaths.resolve(name), entityKind, options));
            } catch (ImportException e) {
                System.out.println("Import failed, nothing stored (导入失败，未存储): " + e.getMessage());
            }
        }
        System.out.printf("Repository now holds %d customers, %d orders, %d interactions, %d tags.%n",
                repository.countCustomers(), repository.countOrders(), repository.countInteractions(),
                repository.countTags());
        return null;
    }

    private static void print(ImportOutcome outcome) {
        ImportReport report = outcome.report();
        System.out.printf("%s (%s, %s): %d rows: %d inserted, %d updated, %d unchanged, %d rejected%s%s%n",
                report.file(), report.kind().name().toLowerCase(Locale.ROOT), outcome.importer(), report.rows(),
                report.inserted(), report.updated(), report.unchanged(), report.rejected(),
                report.customersCreated() > 0 ? ", " + report.customersCreated() + " customers created" : "",
                report.committed() ? "" : " — nothing stored (strict mode)");
        report.errors().stream().limit(ERRORS_SHOWN).map(RowError::toString).forEach(e -> System.out.println("  " + e));
        if (report.errors().size() > ERRORS_SHOWN) {
            System.out.printf("  ... and %d more rejected rows%n", report.errors().size() - ERRORS_SHOWN);
        }
        if (outcome.rejectsFile() != null) {
            System.out.println("  Rejected rows (被拒绝的行): " + outcome.rejectsFile());
        }
    }
}
