package io.tierbench.importer.csv.internal;

import static io.tierbench.importer.csv.internal.CustomerColumns.ACQUISITION_CHANNEL;
import static io.tierbench.importer.csv.internal.CustomerColumns.BIRTH_YEAR;
import static io.tierbench.importer.csv.internal.CustomerColumns.CITY;
import static io.tierbench.importer.csv.internal.CustomerColumns.COMPANY_SIZE;
import static io.tierbench.importer.csv.internal.CustomerColumns.COUNTRY;
import static io.tierbench.importer.csv.internal.CustomerColumns.CREATED_DATE;
import static io.tierbench.importer.csv.internal.CustomerColumns.EMAIL;
import static io.tierbench.importer.csv.internal.CustomerColumns.EXTERNAL_ID;
import static io.tierbench.importer.csv.internal.CustomerColumns.GENDER;
import static io.tierbench.importer.csv.internal.CustomerColumns.INCOME_BAND;
import static io.tierbench.importer.csv.internal.CustomerColumns.INDUSTRY;
import static io.tierbench.importer.csv.internal.CustomerColumns.NAME;
import static io.tierbench.importer.csv.internal.CustomerColumns.OCCUPATION;
import static io.tierbench.importer.csv.internal.CustomerColumns.OWNER;
import static io.tierbench.importer.csv.internal.CustomerColumns.PHONE;
import static io.tierbench.importer.csv.internal.CustomerColumns.PROVINCE;
import static io.tierbench.importer.csv.internal.CustomerColumns.TYPE;
import static io.tierbench.importer.csv.internal.CustomerColumns.WECHAT_ID;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import java.util.List;

/**
 * Rows of a customers file. Columns that are not canonical become the customer's free attributes, keyed by their
 * header, so that an edition's extra fields (e.g. the jade preference) come in without configuration.
 */
final class CustomerRowMapper implements RowMapper<Customer> {

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
    public Customer map(RowValues row) throws RowRejected {
        return new Customer(row.required(EXTERNAL_ID), row.text(NAME), row.parse(TYPE, TYPES), row.text(PHONE),
                row.text(EMAIL), row.text(WECHAT_ID), row.text(GENDER), row.parse(BIRTH_YEAR, BIRTH_YEARS),
                row.text(OCCUPATION), row.text(INCOME_BAND), row.text(COUNTRY), row.text(PROVINCE), row.text(CITY),
                row.text(INDUSTRY), row.parse(COMPANY_SIZE, EMPLOYEES), row.text(ACQUISITION_CHANNEL),
                row.text(OWNER), row.parse(CREATED_DATE, ValueParsers::date), row.extras());
    }

    @Override
    public Column idColumn() {
        return EXTERNAL_ID;
    }

    @Override
    public String id(Customer customer) {
        return customer.externalId();
    }

    @Override
    public Column customerColumn() {
        return null;
    }

    @Override
    public String customerId(Customer customer) {
        return null;
    }

    @Override
    public List<UpsertOutcome> upsert(RepositoryTransaction transaction, List<Customer> batch) {
        return transaction.upsertCustomers(batch);
    }
}
