package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import io.tierbench.importer.support.BatchWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import of WeCom contacts: merges the entries of each contact into one customer, and writes the customers and
 * their corporate tags through one transaction, committed at the end unless the import is strict and an entry was
 * bad.
 *
 * <p>The report counts customers, not entries: a contact listed under two staff members is one customer, inserted,
 * updated or unchanged. A contact with a bad entry is not stored at all (storing it from its other entries would
 * drop the bad entry's staff member from its owners and its tags), and counts once as rejected, with an error per
 * bad entry. A contact whose only fault is a tag id missing from the stored tag list is stored in the default mode,
 * its WeCom tags left as they were, and counted as stored, not rejected; its error is listed all the same, so that
 * the user learns to import the tag list (see {@link #UNKNOWN_TAG_KEPT}). In strict mode it is a bad entry.
 */
final class ContactImport {

    /**
     * Why a contact with an unknown tag id is kept in the default mode: the tag list is usually just older than
     * the contacts (a tag made since), and rejecting the contact would hold back its name, owners and channel for
     * that. Its stored tags are left untouched rather than replaced by the known ones, since replacing would remove
     * a tag it really has whenever that tag was stored under a name before (from a single-contact file).
     */
    static final String UNKNOWN_TAG_KEPT = "; the contact was stored, its WeCom tags left as they were";
    static final String UNKNOWN_TAG_STRICT = "; strict import: nothing was stored";

    static final long PROGRESS_EVERY = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(ContactImport.class);

    private final ImportRequest request;
    private final CustomerRepository repository;
    private final List<RowError> errors = new ArrayList<>();
    private BatchWriter<WecomCustomer> writer;
    private long entries;
    private long rejectedCustomers;
    private int mostPending;

    ContactImport(ImportRequest request, CustomerRepository repository) {
        this.request = request;
        this.repository = repository;
    }

    /** @return the reason appended to an unknown tag id's error, for the request's mode */
    static String unknownTagConsequence(ImportRequest request) {
        return request.strict() ? UNKNOWN_TAG_STRICT : UNKNOWN_TAG_KEPT;
    }

    /**
     * @param source the entries
     * @param lastRowById for each contact of the file, the row of its last entry (a first pass over the file)
     */
    ImportReport run(ContactSource source, Map<String, Long> lastRowById) throws ImportException {
        ContactMerger merger = new ContactMerger(lastRowById);
        try (RepositoryTransaction transaction = repository.begin()) {
            writer = new BatchWriter<>(batch -> write(transaction, batch));
            source.read(new ContactSource.EntryVisitor() {
                @Override
                public void accepted(ContactEntry entry) {
                    errors.addAll(entry.unknownTags());
                    if (request.strict() && !entry.unknownTags().isEmpty()) {
                        read(merger.reject(entry.row(), entry.contact().externalUserid()));
                    } else {
                        read(merger.accept(entry));
                    }
                }

                @Override
                public void rejected(long row, String externalUserid, RowError error) {
                    errors.add(error);
                    if (externalUserid == null) {
                        rejectedCustomers++;
                        read(null);
                    } else {
                        read(merger.reject(row, externalUserid));
                    }
                }
            });
            merger.remaining().forEach(this::complete);
            mostPending = merger.mostPending();
            LOG.debug("{}: at most {} contacts waited for a later entry", source.file(), mostPending);
            return finish(source.file(), transaction);
        }
    }

    /** @return the largest number of contacts held in memory at once, waiting for a later entry of theirs */
    int mostPending() {
        return mostPending;
    }

    /** After each entry: completes the contact whose last entry it was, and reports progress. */
    private void read(PendingContact completed) {
        entries++;
        if (completed != null) {
            complete(completed);
        }
        if (entries % PROGRESS_EVERY == 0) {
            request.progress().rowsRead(entries, errors.size());
        }
    }

    private void complete(PendingContact contact) {
        if (contact.rejected()) {
            rejectedCustomers++;
        } else if (storingNothing()) {
            writer.discardPending();
        } else {
            writer.add(CustomerAssembler.customer(contact));
        }
    }

    private boolean storingNothing() {
        return request.strict() && !errors.isEmpty();
    }

    /**
     * Writes a batch of customers, then their WeCom tags; a tag change makes an unchanged customer updated. A
     * customer just inserted has no tags yet, so its tags are added for the whole batch at once; only the tags of
     * customers stored before are replaced, one customer at a time.
     */
    private static List<UpsertOutcome> write(RepositoryTransaction transaction, List<WecomCustomer> batch) {
        List<UpsertOutcome> outcomes = new ArrayList<>(transaction.upsertCustomers(
                batch.stream().map(WecomCustomer::customer).toList()));
        List<CustomerTag> ofNewCustomers = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            WecomCustomer customer = batch.get(i);
            if (customer.tags() == null) {
                continue;
            }
            if (outcomes.get(i) == UpsertOutcome.INSERTED) {
                ofNewCustomers.addAll(customer.tags());
                continue;
            }
            UpsertOutcome tags = transaction.replaceTags(customer.customer().externalId(), CustomerTag.WECOM,
                    customer.tags());
            if (outcomes.get(i) == UpsertOutcome.UNCHANGED && tags != UpsertOutcome.UNCHANGED) {
                outcomes.set(i, UpsertOutcome.UPDATED);
            }
        }
        if (!ofNewCustomers.isEmpty()) {
            transaction.upsertTags(ofNewCustomers);
        }
        return outcomes;
    }

    private ImportReport finish(String file, RepositoryTransaction transaction) {
        request.progress().rowsRead(entries, errors.size());
        if (storingNothing()) {
            LOG.warn("{}: strict import stored nothing: {} errors in {} entries, {} contacts rejected", file,
                    errors.size(), entries, rejectedCustomers);
            return new ImportReport(file, EntityKind.CUSTOMERS, 0, 0, 0, rejectedCustomers, errors, false);
        }
        writer.flush();
        transaction.commit();
        LOG.info("{}: imported {} WeCom entries: {} customers inserted, {} updated, {} unchanged, {} rejected",
                file, entries, writer.inserted(), writer.updated(), writer.unchanged(), rejectedCustomers);
        return new ImportReport(file, EntityKind.CUSTOMERS, writer.inserted(), writer.updated(), writer.unchanged(),
                rejectedCustomers, errors, true);
    }
}
