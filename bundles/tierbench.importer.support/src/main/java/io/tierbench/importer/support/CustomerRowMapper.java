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
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** Every column but the id and the tags, which are never merged from the stored customer. */
    private static final long MERGED_COLUMNS = CustomerColumns.ALL.all().stream()
            .filter(column -> column != EXTERNAL_ID && column != TAGS)
            .mapToLong(column -> 1L << column.index()).reduce(0L, (a, b) -> a | b);

    private final CustomerRepository stored;

    /** @param stored where a customer's stored values are read when a file does not give every column */
    CustomerRowMapper(CustomerRepository stored) {
        this.stored = stored;
    }

    @Override
    public CustomerRow map(RowValues row) throws RowRejected {
        Customer customer = new Customer(row.required(EXTERNAL_ID), row.text(NAME), row.parse(TYPE, TYPES),
                row.text(PHONE), row.text(EMAIL), row.text(WECHAT_ID), row.text(GENDER),
                row.parse(BIRTH_YEAR, BIRTH_YEARS), row.text(OCCUPATION), row.text(INCOME_BAND), row.text(COUNTRY),
                row.text(PROVINCE), row.text(CITY), row.text(INDUSTRY), row.parse(COMPANY_SIZE, EMPLOYEES),
                row.text(ACQUISITION_CHANNEL), row.text(OWNER), row.parse(CREATED_DATE, ValueParsers::date),
                row.extras());
        long given = 0;
        for (Column column : CustomerColumns.ALL.all()) {
            if (row.has(column)) {
                given |= 1L << column.index();
            }
        }
        return new CustomerRow(customer, row.has(TAGS) ? tags(customer.externalId(), row.text(TAGS)) : null, given);
    }

    /**
     * A file that leaves a column out says nothing about it: the stored value stays, so a sheet of phone numbers
     * does not clear the names and cities a first import stored. Free attributes are merged, the file's winning.
     */
    private Customer withStoredValues(CustomerRow row) {
        Customer file = row.customer();
        if ((row.given() & MERGED_COLUMNS) == MERGED_COLUMNS) {
            return file;
        }
        Customer old = stored.findCustomer(file.externalId()).orElse(null);
        if (old == null) {
            return file;
        }
        Map<String, String> attributes = new HashMap<>(old.attributes());
        attributes.putAll(file.attributes());
        return new Customer(file.externalId(), pick(row, NAME, file.name(), old.name()),
                pick(row, TYPE, file.type(), old.type()), pick(row, PHONE, file.phone(), old.phone()),
                pick(row, EMAIL, file.email(), old.email()), pick(row, WECHAT_ID, file.wechatId(), old.wechatId()),
                pick(row, GENDER, file.gender(), old.gender()),
                pick(row, BIRTH_YEAR, file.birthYear(), old.birthYear()),
                pick(row, OCCUPATION, file.occupation(), old.occupation()),
                pick(row, INCOME_BAND, file.incomeBand(), old.incomeBand()),
                pick(row, COUNTRY, file.country(), old.country()),
                pick(row, PROVINCE, file.province(), old.province()), pick(row, CITY, file.city(), old.city()),
                pick(row, INDUSTRY, file.industry(), old.industry()),
                pick(row, COMPANY_SIZE, file.companySize(), old.companySize()),
                pick(row, ACQUISITION_CHANNEL, file.acquisitionChannel(), old.acquisitionChannel()),
                pick(row, OWNER, file.owner(), old.owner()),
                pick(row, CREATED_DATE, file.createdDate(), old.createdDate()), attributes);
    }

    private static <T> T pick(CustomerRow row, Column column, T fromFile, T storedValue) {
        return row.gives(column) ? fromFile : storedValue;
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
        List<UpsertOutcome> outcomes = transaction.upsertCustomers(
                batch.stream().map(this::withStoredValues).toList());
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
