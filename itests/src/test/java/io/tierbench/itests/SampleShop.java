package io.tierbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.repository.CustomerRepository;
import java.nio.file.Path;

/**
 * The sample shop's customers and orders, imported through the CSV importer service. Imports are upserts, so a test
 * that imports again finds every row unchanged and the same shop.
 */
final class SampleShop {

    private SampleShop() {
    }

    /**
     * Imports customers.csv and orders.csv of a directory in strict mode and checks that every row was stored.
     *
     * @param directory the folder holding the sample CSV files
     */
    static void importInto(Importer importer, CustomerRepository repository, Path directory) throws ImportException {
        ImportReport customers = importStrictly(importer, repository, directory.resolve("customers.csv"),
                EntityKind.CUSTOMERS);
        ImportReport orders = importStrictly(importer, repository, directory.resolve("orders.csv"), EntityKind.ORDERS);
        assertEquals("customers stored", customers.rows(), repository.countCustomers());
        assertEquals("orders stored", orders.rows(), repository.countOrders());
    }

    private static ImportReport importStrictly(Importer importer, CustomerRepository repository, Path file,
            EntityKind kind) throws ImportException {
        ImportReport report = importer.importFile(file, new ImportRequest(kind, true), repository);
        assertTrue(file + " not stored: " + report.errors(), report.committed());
        assertEquals(file + " rejected rows: " + report.errors(), 0, report.rejected());
        assertTrue(file + " is empty", report.rows() > 0);
        return report;
    }
}
