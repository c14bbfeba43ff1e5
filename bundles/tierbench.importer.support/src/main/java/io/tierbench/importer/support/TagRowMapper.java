package io.tierbench.importer.support;

import static io.tierbench.importer.support.TagColumns.CUSTOMER_ID;
import static io.tierbench.importer.support.TagColumns.TAG;
import static io.tierbench.importer.support.TagColumns.TAG_GROUP;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import java.util.List;

/** Rows of a tags file. Tags are added to what the customer has; a tags file never takes a tag away. */
final class TagRowMapper implements RowMapper<CustomerTag> {

    @Override
    public ColumnSet columns() {
        return TagColumns.ALL;
    }

    @Override
    public CustomerTag map(RowValues row) throws RowRejected {
        return new CustomerTag(row.required(CUSTOMER_ID), row.text(TAG_GROUP), row.required(TAG),
                CustomerTag.IMPORTED);
    }

    @Override
    public Column idColumn() {
        return TAG;
    }

    @Override
    public String id(CustomerTag tag) {
        return tag.customerId() + '\u0000' + tag.qualifiedName();
    }

    @Override
    public String displayId(CustomerTag tag) {
        return tag.qualifiedName();
    }

    @Override
    public Column customerColumn() {
        return CUSTOMER_ID;
    }

    @Override
    public String customerId(CustomerTag tag) {
        return tag.customerId();
    }

    @Override
    public List<UpsertOutcome> upsert(RepositoryTransaction transaction, List<CustomerTag> batch) {
        return transaction.upsertTags(batch);
    }
}
