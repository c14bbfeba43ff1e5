package io.tierbench.importer.support;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import java.util.List;

/**
 * A row of a customers file: the customer and, when the file has a tags column, the customer's imported tags.
 *
 * @param customer the customer
 * @param tags the tags the file gives the customer (empty when the cell is blank), or {@code null} when the file
 *        has no tags column and the stored tags are left alone
 * @param given the columns the row gives, as bits by {@link Column#index()}; a column it does not give keeps the
 *        stored customer's value
 */
record CustomerRow(Customer customer, List<CustomerTag> tags, long given) {

    boolean gives(Column column) {
        return (given & (1L << column.index())) != 0;
    }
}
