package io.tierbench.shell.internal;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.importer.ImporterService;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.repository.CustomerRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

@Service
@Command(scope = "tierbench", name = "import",
        description = "Imports customers, orders or interactions from files (导入客户、订单、互动记录). "
                + "Relative paths are resolved against the Tierbench home directory.")
public class ImportCommand implements Action {

    private static final int ERRORS_SHOWN = 50;

    @Option(name = "--kind", description = "What the rows are: customers, orders or interactions. "
            + "When omitted, guessed from the file name (customers*, orders*, interactions*).")
    @Completion(value = StringsCompleter.class, values = {"customers", "orders", "interactions"})
    String kind;

    @Option(name = "--strict", description = "Store nothing from a file when any of its rows is bad.")
    boolean strict;

    @Argument(index = 0, name = "files", required = true, multiValued = true,
            description = "Files to import, in order (customers before their orders).")
    @Completion(FileCompleter.class)
    List<String> files;

    @Reference
    CustomerRepository repository;

    @Reference
    BundleContext bundleContext;

    @Override
    public Object execute() throws Exception {
        for (String name : files) {
            Path file = resolve(name);
            EntityKind entityKind = entityKind(file);
            ServiceReference<Importer> reference = importerFor(file);
            Importer importer = bundleContext.getService(reference);
            try {
                print(importer.importFile(file, new ImportRequest(entityKind, strict), repository));
            } catch (ImportException e) {
                System.out.println("Import failed (导入失败): " + e.getMessage());
            } finally {
                bundleContext.ungetService(reference);
            }
        }
        System.out.printf("Repository now holds %d customers, %d orders, %d interactions.%n",
                repository.countCustomers(), repository.countOrders(), repository.countInteractions());
        return null;
    }

    static Path resolve(String name) {
        Path path = Paths.get(name);
        return path.isAbsolute() ? path : Paths.get(System.getProperty("karaf.base", ".")).resolve(path).normalize();
    }

    private EntityKind entityKind(Path file) {
        String value = kind;
        if (value == null) {
            String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
            value = List.of("customers", "orders", "interactions").stream().filter(fileName::startsWith).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "cannot tell what " + file.getFileName() + " holds: give --kind"));
        }
        return EntityKind.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private ServiceReference<Importer> importerFor(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        String fileName = file.getFileName().toString();
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String filter = "(" + ImporterService.EXTENSIONS + "=" + extension + ")";
        return bundleContext.getServiceReferences(Importer.class, filter).stream().max(ServiceReference::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("no importer installed for ." + extension + " files"));
    }

    private static void print(ImportReport report) {
        System.out.printf("%s (%s): %d rows: %d inserted, %d updated, %d unchanged, %d rejected%s%n",
                report.file(), report.kind().name().toLowerCase(Locale.ROOT), report.rows(), report.inserted(),
                report.updated(), report.unchanged(), report.rejected(),
                report.committed() ? "" : " — nothing stored (strict mode)");
        report.errors().stream().limit(ERRORS_SHOWN).map(RowError::toString).forEach(e -> System.out.println("  " + e));
        if (report.errors().size() > ERRORS_SHOWN) {
            System.out.printf("  ... and %d more rejected rows%n", report.errors().size() - ERRORS_SHOWN);
        }
    }
}
