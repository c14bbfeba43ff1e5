package io.tierbench.importer.support;

import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import java.util.List;

/** Turns the rows of one kind of file into API records and stores them. */
interface RowMapper<T> {

    /** @return the columns of the file */
    ColumnSet columns();

    /** @return the record of the current row; only its own fields are checked, not its relation to other rows */
    T map(RowValues row) throws RowRejected;

    /** @return the column holding the record's id, unique within a file */
    Column idColumn();

    /** @return the record's id */
    String id(T record);

    /** @return the record's id as a person reads it in an error */
    default String displayId(T record) {
        return id(record);
    }

    /** @return the column naming the customer the record belongs to, or {@code null} for customers themselves */
    Column customerColumn();

    /** @return the external id of the customer the record belongs to, or {@code null} for customers themselves */
    String customerId(T record);

    /** Stores a batch of records with distinct ids. */
    List<UpsertOutcome> upsert(RepositoryTransaction transaction, List<T> batch);
}
