package io.tierbench.importer.support;

import static io.tierbench.importer.support.CustomerColumns.ACQUISITION_CHANNEL;
import static io.tierbench.importer.support.CustomerColumns.BIRTH_YEAR;
import static io.tierbench.importer.support.CustomerColumns.CITY;
import static io.tierbench.importer.support.CustomerColumns.COMPANY_SIZE;
import static io.tierbench.importer.support.CustomerColumns.COUNTRY;
import static io.tierbench.importer.support.CustomerColumns.CREATED_DATE;
import static io.tierbench.importer.support.CustomerColumns.EMAIL;
import static io.tierbench.importer.support.CustomerColumns.EXTERNAL_ID;
import static io.tierbench.importer.support.CustomerColumns.GENDER;
import static io.tierbench.importer.support.CustomerColumns.INCOME_BAND;
import static io.tierbench.importer.support.CustomerColumns.INDUSTRY;
import static io.tierbench.importer.support.CustomerColumns.NAME;
import static io.tierbench.importer.support.CustomerColumns.OCCUPATION;
import static io.tierbench.importer.support.CustomerColumns.OWNER;
import static io.tierbench.importer.support.CustomerColumns.PHONE;
import static io.tierbench.importer.support.CustomerColumns.PROVINCE;
import static io.tierbench.importer.support.CustomerColumns.TAGS;
import static io.tierbench.importer.support.CustomerColumns.TYPE;
import static io.tierbench.importer.support.CustomerColumns.WECHAT_ID;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rows of a customers file. Columns that are not canonical become the customer's free attributes, keyed by their
 * header, so that an edition's extra fields (e.g. the jade preference) come in without configuration.
 *
 * <p>A tags column ({@code 标签}) holds the customer's tags in one cell, separated by commas, 、 or semicolons, each
 * optionally {@code group:tag}; it makes the customer's imported tags exactly those, so a tag deleted from the sheet
 * goes away on the next import. Without the column, stored tags are left alone.
 */
final class CustomerRowMapper implements RowMapper<CustomerRow> {

    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；|]");

    private static final ValueParser<CustomerType> TYPES = new EnumValues<>(CustomerType.class, "customer type")
            .alias(CustomerType.PERSON, "个人", "individual")
            .alias(CustomerType.COMPANY, "企业", "公司", "business");
    private static final ValueParser<Integer> BIRTH_YEARS = ValueParsers.wholeNumber(1900, 2100);
    private static final ValueParser<Integer> EMPLOYEES = ValueParsers.wholeNumber(0, Integer.MAX_VALUE);

    @Override
    public ColumnSet columns() {
        return CustomerColumns.ALL;
    }

    @Override
    public CustomerRow map(RowValues row) throws RowRejected {
        Customer customer = new Customer(row.required(EXTERNAL_ID), row.text(NAME), row.parse(TYPE, TYPES),
                row.text(PHONE), row.text(EMAIL), row.text(WECHAT_ID), row.text(GENDER),
                row.parse(BIRTH_YEAR, BIRTH_YEARS), row.text(OCCUPATION), row.text(INCOME_BAND), row.text(COUNTRY), row.text(PROVINCE), row.text(CITY),
                row.text(INDUSTRY), row.parse(COMPANY_SIZE, EMPLOYEES), row.text(ACQUISITION_CHANNEL),
                row.text(OWNER), row.parse(CREATED_DATE, ValueParsers::date), row.extras());
        return new CustomerRow(customer, row.has(TAGS) ? tags(customer.externalId(), row.text(TAGS)) : null);
    }

    /** @return the tags written in one cell, in order, without repeats */
    static List<CustomerTag> tags(String customerId, String cell) {
        if (cell == null) {
            return List.of();
        }
        Set<CustomerTag> tags = new LinkedHashSet<>();
        for (String written : TAG_SEPARATORS.split(cell)) {
            String tag = written.strip();
            int colon = Math.max(tag.indexOf(':'), tag.indexOf('：'));
            String group = colon > 0 ? tag.substring(0, colon).strip() : null;
            String name = colon > 0 ? tag.substring(colon + 1).strip() : tag;
            if (!name.isEmpty()) {
                tags.add(new CustomerTag(customerId, group, name, CustomerTag.IMPORTED));
            }
        }
        return List.copyOf(tags);
    }

    @Override
    public Column idColumn() {
        return EXTERNAL_ID;
    }

    @Override
    public String id(CustomerRow row) {
        return row.customer().externalId();
    }

    @Override
    public Column customerColumn() {
        return null;
    }

    @Override
    public String customerId(CustomerRow row) {
        return null;
    }

    @Override
    public List<UpsertOutcome> upsert(RepositoryTransaction transaction, List<CustomerRow> batch) {
        List<UpsertOutcome> outcomes = transaction.upsertCustomers(batch.stream().map(CustomerRow::customer).toList());
        List<UpsertOutcome> merged = new ArrayList<>(outcomes);
        for (int i = 0; i < batch.size(); i++) {
            CustomerRow row = batch.get(i);
            if (row.tags() != null) {
                UpsertOutcome tagOutcome = transaction.replaceTags(row.customer().externalId(), CustomerTag.IMPORTED,
                        row.tags());
                if (merged.get(i) == UpsertOutcome.UNCHANGED && tagOutcome != UpsertOutcome.UNCHANGED) {
                    merged.set(i, UpsertOutcome.UPDATED);
                }
            }
        }
        return merged;
    }
}
