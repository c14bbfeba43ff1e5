package io.tierbench.api.workbench;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.PurchaseFacts;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A column of the workbench's customer table, contributed by a plugin. Its id and titles are service properties
 * ({@link CustomerColumnService}); the value is computed for the customers of the page shown only.
 *
 * @since 1.0
 */
@ConsumerType
public interface CustomerColumn {

    /**
     * @param customer the customer
     * @param facts the customer's purchase facts over all history
     * @return the value to show (a string, a number or a boolean), or {@code null} for an empty cell
     */
    Object value(Customer customer, PurchaseFacts facts);
}
