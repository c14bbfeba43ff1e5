package io.tierbench.importer.wecom.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import java.util.List;

/**
 * A merged contact as stored.
 *
 * @param customer the customer record
 * @param tags the customer's WeCom corporate tags, to replace those stored; {@code null} to leave the stored ones
 *        as they are, because a tag id of the contact is unknown and the set read is not all the contact has
 */
record WecomCustomer(Customer customer, List<CustomerTag> tags) {
}
