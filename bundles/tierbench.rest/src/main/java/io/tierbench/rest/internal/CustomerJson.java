package io.tierbench.rest.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.report.support.PersonalDataMask;
import java.util.Locale;
import java.util.Map;

/**
 * Customers as the API writes them. Personal data (person names, phone, e-mail, WeChat id) goes through the same
 * {@link PersonalDataMask} as the reports, so a viewer sees {@code 138****5678} in the table and in an export alike.
 */
final class CustomerJson {

    private CustomerJson() {
    }

    /** @return a row of the customer table */
    static Map<String, Object> summary(Customer customer, PurchaseFacts facts, PersonalDataMask mask) {
        return Json.object("id", customer.externalId(), "name", mask.name(customer.name(), customer.type()),
                "type", customer.type() == null ? null : customer.type().name().toLowerCase(Locale.ROOT),
                "phone", mask.phone(customer.phone()), "email", mask.email(customer.email()),
                "city", customer.city(), "province", customer.province(), "owner", customer.owner(),
                "purchaseCount", facts.purchaseCount(), "totalSpend", facts.totalSpend(),
                "firstPurchase", facts.firstPurchase(), "lastPurchase", facts.lastPurchase());
    }

    /** @return every attribute of the customer */
    static Map<String, Object> attributes(Customer customer, PersonalDataMask mask) {
        return Json.object("id", customer.externalId(), "name", mask.name(customer.name(), customer.type()),
                "type", customer.type() == null ? null : customer.type().name().toLowerCase(Locale.ROOT),
                "phone", mask.phone(customer.phone()), "email", mask.email(customer.email()),
                "wechatId", mask.id(customer.wechatId()), "gender", customer.gender(),
                "birthYear", customer.birthYear(), "occupation", customer.occupation(),
                "incomeBand", customer.incomeBand(), "country", customer.country(),
                "province", customer.province(), "city", customer.city(), "industry", customer.industry(),
                "companySize", customer.companySize(), "acquisitionChannel", customer.acquisitionChannel(),
                "owner", customer.owner(), "createdDate", customer.createdDate(),
                "attributes", customer.attributes());
    }
}
