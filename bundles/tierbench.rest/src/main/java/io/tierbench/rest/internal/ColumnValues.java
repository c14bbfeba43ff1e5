package io.tierbench.rest.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.workbench.CustomerColumn;
import io.tierbench.report.support.PersonalDataMask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contributed columns' values for the customers of one page of the table, the columns held meanwhile. A column
 * that fails leaves its cells empty and is named in {@link #failures()}: one plugin's bug must not empty the table.
 */
final class ColumnValues implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ColumnValues.class);

    private final List<Contributions.Contribution<Contributions.ColumnDescriptor, CustomerColumn>> columns;
    private final PersonalDataMask mask;
    private final Map<String, String> failures = new LinkedHashMap<>();

    ColumnValues(Contributions contributions, PersonalDataMask mask) {
        this.columns = contributions.useColumns();
        this.mask = mask;
    }

    /** @return column id to value, for every column */
    Map<String, Object> of(Customer customer, PurchaseFacts facts) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Contributions.Contribution<Contributions.ColumnDescriptor, CustomerColumn> column : columns) {
            String id = column.descriptor().id();
            Object value = null;
            if (!failures.containsKey(id)) {
                try {
                    value = shown(column.service().value(customer, facts), column.descriptor().personal());
                } catch (RuntimeException e) {
                    LOG.warn("Customer column {} failed for customer {}; its cells stay empty", id,
                            customer.externalId(), e);
                    failures.put(id, String.valueOf(e.getMessage()));
                }
            }
            values.put(id, value);
        }
        return values;
    }

    /** @return column id to the message of its failure, for the columns that failed */
    Map<String, String> failures() {
        return failures;
    }

    /**
     * Personal values are masked as ids are (first and last character kept) for text; a personal number or flag
     * cannot be masked partly and is left out.
     */
    private Object shown(Object value, boolean personal) {
        if (value == null) {
            return null;
        }
        boolean plain = value instanceof Number || value instanceof Boolean;
        if (personal && mask == PersonalDataMask.MASKED) {
            return plain ? null : mask.id(String.valueOf(value));
        }
        return plain ? value : String.valueOf(value);
    }

    @Override
    public void close() {
        columns.forEach(Contributions.Contribution::close);
    }
}
