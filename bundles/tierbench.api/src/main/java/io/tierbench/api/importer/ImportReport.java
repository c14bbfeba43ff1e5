package io.tierbench.api.importer;

import java.util.List;

/**
 * What an import did.
 *
 * @param file the file's name
 * @param kind what the rows were
 * @param inserted rows that created a record
 * @param updated rows that changed a stored record
 * @param unchanged rows equal to the stored record
 * @param rejected rows not stored because they were bad
 * @param errors every rejected row's reason, in file order
 * @param committed whether anything was stored (in strict mode, {@code false} when any row was bad)
 * @param customersCreated customers stored with only their id because rows named them and
 *        {@link UnknownCustomers#CREATE} was asked (since 1.1)
 * @since 1.0
 */
public record ImportReport(String file, EntityKind kind, long inserted, long updated, long unchanged, long rejected,
        List<RowError> errors, boolean committed, long customersCreated) {

    public ImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A report of an import that created no customers. */
    public ImportReport(String file, EntityKind kind, long inserted, long updated, long unchanged, long rejected,
            List<RowError> errors, boolean committed) {
        this(file, kind, inserted, updated, unchanged, rejected, errors, committed, 0);
    }

    /** @return rows read, good and bad */
    public long rows() {
        return inserted + updated + unchanged + rejected;
    }
}
