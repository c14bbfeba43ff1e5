package io.tierbench.importer.csv.internal;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import of one file: validates every row, writes the good ones through a single transaction in batches, and
 * commits unless the run is strict and a row was bad. In that case nothing is stored and the report counts no
 * inserted, updated or unchanged rows, only the rejected ones; writing stops at the first bad row, since it would
 * be rolled back anyway, but validation goes on so that every bad row is reported.
 */
final class ImportRun<T> {

    static final long PROGRESS_EVERY = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final CsvSource source;
    private final EntityKind kind;
    private final RowMapper<T> mapper;
    private final boolean strict;
    private final List<RowError> errors = new ArrayList<>();
    private final SeenIds acceptedIds = new SeenIds();
    private long rows;

    ImportRun(CsvSource source, EntityKind kind, RowMapper<T> mapper, boolean strict) {
        this.source = source;
        this.kind = kind;
        this.mapper = mapper;
        this.strict = strict;
    }

    /** @throws ImportException when the header is wrong or the file cannot be read to its end; nothing is stored */
    ImportReport into(CustomerRepository repository) throws ImportException {
        HeaderIndex header = HeaderIndex.resolve(source.file(), source.header(), mapper.columns());
        RowValues values = new RowValues(header);
        try (RepositoryTransaction transaction = repository.begin()) {
            BatchWriter<T> batches = new BatchWriter<>(batch -> mapper.upsert(transaction, batch));
            KnownCustomers customers = new KnownCustomers(transaction);
            while (source.next()) {
                T record = accept(source.record(), header, values, customers);
                if (storingNothing()) {
                    batches.discardPending();
                } else if (record != null) {
                    batches.add(record);
                }
                logProgress();
            }
            return finish(transaction, batches);
        }
    }

    /** @return the row's record, or {@code null} when the row is bad (and then recorded as an error) */
    private T accept(CSVRecord record, HeaderIndex header, RowValues values, KnownCustomers customers) {
        rows++;
        try {
            if (record.size() != header.width()) {
                throw new RowRejected(null, null, "expected " + header.width() + " fields, found " + record.size());
            }
            values.moveTo(record);
            T mapped = mapper.map(values);
            requireKnownCustomer(mapped, values, customers);
            requireNewId(mapped, values);
            return mapped;
        } catch (RowRejected rejected) {
            errors.add(rejected.toError(source.file(), source.line()));
            return null;
        }
    }

    private void requireKnownCustomer(T record, RowValues values, KnownCustomers customers) throws RowRejected {
        String customerId = mapper.customerId(record);
        if (customerId != null && !customers.exists(customerId)) {
            throw values.rejection(mapper.customerColumn(), customerId, "unknown customer");
        }
    }

    private void requireNewId(T record, RowValues values) throws RowRejected {
        String id = mapper.id(record);
        if (!acceptedIds.add(id)) {
            throw values.rejection(mapper.idColumn(), id, "duplicate id: an earlier row of this file has it");
        }
    }

    private boolean storingNothing() {
        return strict && !errors.isEmpty();
    }

    private ImportReport finish(RepositoryTransaction transaction, BatchWriter<T> batches) {
        if (storingNothing()) {
            LOG.warn("{}: strict import stored nothing: {} of {} rows are bad", source.file(), errors.size(), rows);
            return new ImportReport(source.file(), kind, 0, 0, 0, errors.size(), errors, false);
        }
        batches.flush();
        transaction.commit();
        LOG.info("{}: imported {} rows: {} inserted, {} updated, {} unchanged, {} rejected", source.file(), rows,
                batches.inserted(), batches.updated(), batches.unchanged(), errors.size());
        return new ImportReport(source.file(), kind, batches.inserted(), batches.updated(), batches.unchanged(),
                errors.size(), errors, true);
    }

    private void logProgress() {
        if (rows % PROGRESS_EVERY == 0) {
            LOG.info("{}: {} rows read, {} rejected", source.file(), rows, errors.size());
        }
    }
}
