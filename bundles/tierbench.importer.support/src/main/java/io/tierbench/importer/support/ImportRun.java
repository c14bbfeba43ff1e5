package io.tierbench.importer.support;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.importer.UnknownCustomers;
import io.tierbench.api.model.Customer;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import of one file: validates every row, writes the good ones through a single transaction in batches, and
 * commits unless the run is strict and a row was bad. In that case nothing is stored and the report counts no
 * inserted, updated or unchanged rows, only the rejected ones; writing stops at the first bad row, since it would
 * be rolled back anyway, but validation goes on so that every bad row is reported.
 *
 * <p>Every importer reads its format into a {@link RowSource} and hands it here, so that all formats share one set
 * of column names, value formats, checks and error messages.
 */
public final class ImportRun<T> {

    static final long PROGRESS_EVERY = 10_000;
    static final long LOG_EVERY = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final RowSource source;
    private final ImportRequest request;
    private final RowMapper<T> mapper;
    private final List<RowError> errors = new ArrayList<>();
    private SeenIds acceptedIds = new SeenIds();
    private final List<Customer> customersToCreate = new ArrayList<>();
    private long customersCreated;
    private long rows;

    private ImportRun(RowSource source, ImportRequest request, RowMapper<T> mapper) {
        this.source = source;
        this.request = request;
        this.mapper = mapper;
    }

    /**
     * Imports the rows of a source as the request's kind.
     *
     * @throws ImportException when the header is wrong or the file cannot be read to its end; nothing is stored
     */
    public static ImportReport importRows(RowSource source, ImportRequest request, CustomerRepository repository)
            throws ImportException {
        return switch (request.kind()) {
            case CUSTOMERS -> new ImportRun<>(source, request, new CustomerRowMapper(repository)).into(repository);
            case ORDERS -> new ImportRun<>(source, request, new OrderRowMapper()).into(repository);
            case INTERACTIONS -> new ImportRun<>(source, request, new InteractionRowMapper()).into(repository);
            case TAGS -> new ImportRun<>(source, request, new TagRowMapper()).into(repository);
        };
    }

    private ImportReport into(CustomerRepository repository) throws ImportException {
        List<String> writtenHeader = source.readHeader();
        refuseOtherKind(writtenHeader);
        HeaderIndex header = resolve(writtenHeader);
        RowValues values = new RowValues(header);
        try (RepositoryTransaction transaction = repository.begin()) {
            BatchWriter<T> batches = new BatchWriter<>(batch -> {
                createPendingCustomers(transaction);
                return mapper.upsert(transaction, batch);
            });
            KnownCustomers customers = new KnownCustomers(transaction);
            while (source.next()) {
                if (source.header().size() != header.width()) {
                    header = resolve(source.header());
                }
                T record = accept(header, values, customers);
                if (storingNothing()) {
                    batches.discardPending();
                    customersToCreate.clear();
                } else if (record != null) {
                    batches.add(record);
                }
                reportProgress();
            }
            return finish(transaction, batches);
        }
    }

    private void refuseOtherKind(List<String> writtenHeader) throws ImportException {
        Optional<EntityKind> other = ImportFormats.otherKindNamed(request.kind(), writtenHeader);
        if (other.isPresent()) {
            String asked = request.kind().name().toLowerCase(Locale.ROOT);
            String named = other.get().name().toLowerCase(Locale.ROOT);
            throw new ImportException(source.file() + ": the header (" + String.join(",", writtenHeader)
                    + ") is that of " + named + ", not " + asked + "; import it as " + named);
        }
    }

    private HeaderIndex resolve(List<String> writtenHeader) throws ImportException {
        return HeaderIndex.resolve(source.file(), writtenHeader, mapper.columns(), request.mapping(),
                source.headerNamesEveryColumn());
    }

    /** @return the row's record, or {@code null} when the row is bad (and then recorded as an error) */
    private T accept(HeaderIndex header, RowValues values, KnownCustomers customers) {
        rows++;
        TabularRow row = source.row();
        try {
            if (source.fixedWidth() && row.size() != header.width()) {
                throw new RowRejected(null, null, "expected " + header.width() + " fields, found " + row.size());
            }
            values.moveTo(row, header);
            T mapped = mapper.map(values);
            requireNewId(mapped, values);
            requireKnownCustomer(mapped, values, customers);
            return mapped;
        } catch (RowRejected rejected) {
            errors.add(rejected.toError(source.file(), source.rowNumber()));
            return null;
        }
    }

    private void requireKnownCustomer(T record, RowValues values, KnownCustomers customers) throws RowRejected {
        String customerId = mapper.customerId(record);
        if (customerId == null || customers.exists(customerId)) {
            return;
        }
        if (request.unknownCustomers() == UnknownCustomers.CREATE) {
            customersToCreate.add(Customer.of(customerId, null));
            customers.remember(customerId);
        } else {
            throw values.rejection(mapper.customerColumn(), customerId,
                    "unknown customer: import the customers first, or import with unknown customers created");
        }
    }

    private void requireNewId(T record, RowValues values) throws RowRejected {
        String id = mapper.id(record);
        if (!acceptedIds.add(id)) {
            throw values.rejection(mapper.idColumn(), mapper.displayId(record),
                    "duplicate: an earlier row of this file has it");
        }
    }

    /** Customers are written before the batch that names them, since the repository checks each row's customer. */
    private void createPendingCustomers(RepositoryTransaction transaction) {
        if (!customersToCreate.isEmpty()) {
            transaction.upsertCustomers(List.copyOf(customersToCreate));
            customersCreated += customersToCreate.size();
            customersToCreate.clear();
        }
    }

    private boolean storingNothing() {
        return request.strict() && !errors.isEmpty();
    }

    private ImportReport finish(RepositoryTransaction transaction, BatchWriter<T> batches) {
        EntityKind kind = request.kind();
        request.progress().rowsRead(rows, errors.size());
        if (storingNothing()) {
            LOG.warn("{}: strict import stored nothing: {} of {} rows are bad", source.file(), errors.size(), rows);
            return new ImportReport(source.file(), kind, 0, 0, 0, errors.size(), errors, false, 0);
        }
        // The id table (16 bytes an id) is not needed past the last row; the commit is the import's memory peak.
        acceptedIds = null;
        batches.flush();
        createPendingCustomers(transaction);
        transaction.commit();
        LOG.info("{}: imported {} rows: {} inserted, {} updated, {} unchanged, {} rejected, {} customers created",
                source.file(), rows, batches.inserted(), batches.updated(), batches.unchanged(), errors.size(),
                customersCreated);
        return new ImportReport(source.file(), kind, batches.inserted(), batches.updated(), batches.unchanged(),
                errors.size(), errors, true, customersCreated);
    }

    private void reportProgress() {
        if (rows % PROGRESS_EVERY == 0) {
            request.progress().rowsRead(rows, errors.size());
        }
        if (rows % LOG_EVERY == 0) {
            LOG.info("{}: {} rows read, {} rejected", source.file(), rows, errors.size());
        }
    }
}
