package io.tierbench.importer.support;

import io.tierbench.api.repository.RepositoryException;
import io.tierbench.api.repository.UpsertOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects accepted records into batches for the repository, and counts what the upserts did. Public for importers
 * whose records are not rows of a {@link RowSource} (the WeCom importer merges several entries into one customer).
 */
public final class BatchWriter<T> {

    public static final int BATCH_SIZE = 1000;

    private final Function<List<T>, List<UpsertOutcome>> upsert;
    private List<T> pending = new ArrayList<>(BATCH_SIZE);
    private long inserted;
    private long updated;
    private long unchanged;

    public BatchWriter(Function<List<T>, List<UpsertOutcome>> upsert) {
        this.upsert = upsert;
    }

    public void add(T record) {
        pending.add(record);
        if (pending.size() == BATCH_SIZE) {
            flush();
        }
    }

    /** Writes the records not yet written. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<T> batch = pending;
        // A fresh list rather than clear(): the repository may keep the one it was given.
        pending = new ArrayList<>(BATCH_SIZE);
        List<UpsertOutcome> outcomes = upsert.apply(batch);
        if (outcomes.size() != batch.size()) {
            throw new RepositoryException("upsert returned " + outcomes.size() + " outcomes for " + batch.size()
                    + " records");
        }
        outcomes.forEach(this::count);
    }

    /** Drops the records not yet written. */
    public void discardPending() {
        pending.clear();
    }

    public long inserted() {
        return inserted;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    private void count(UpsertOutcome outcome) {
        switch (outcome) {
            case INSERTED -> inserted++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            default -> throw new IllegalStateException("unknown outcome " + outcome);
        }
    }
}
