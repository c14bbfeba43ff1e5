package io.tierbench.rest.internal;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small real importer for the tests: customers as {@code id,name,phone} lines after a header row; a row without
 * an id is rejected; a file whose header is not {@code id,name,phone} fails as a whole.
 */
final class LineImporter implements Importer {

    @Override
    public ImportReport importFile(Path file, ImportRequest request, CustomerRepository repository)
            throws ImportException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException("cannot read " + file, e);
        }
        String name = file.getFileName().toString();
        if (lines.isEmpty() || !lines.get(0).equals("id,name,phone")) {
            throw new ImportException(name + ": expected the header id,name,phone");
        }
        if (request.kind() != EntityKind.CUSTOMERS) {
            throw new ImportException(name + ": only customers are read");
        }
        List<Customer> customers = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            if (fields[0].isBlank()) {
                errors.add(new RowError(name, i + 1, "id", "", "the id is missing"));
            } else {
                customers.add(new Customer(fields[0], fields[1], CustomerType.PERSON, fields[2], null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, Map.of()));
            }
        }
        long inserted;
        long updated;
        try (RepositoryTransaction transaction = repository.begin()) {
            List<UpsertOutcome> outcomes = transaction.upsertCustomers(customers);
            inserted = outcomes.stream().filter(o -> o == UpsertOutcome.INSERTED).count();
            updated = outcomes.stream().filter(o -> o == UpsertOutcome.UPDATED).count();
            transaction.commit();
        }
        return new ImportReport(name, request.kind(), inserted, updated, customers.size() - inserted - updated,
                errors.size(), errors, true);
    }
}
