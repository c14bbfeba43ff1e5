package io.tierbench.api.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A customer as imported from the shop's own records.
 *
 * <p>Only {@code externalId} is required; every other field is {@code null} when unknown.
 *
 * @param externalId the shop's own id, unique per repository; never {@code null} or blank
 * @param name display name
 * @param type person or company
 * @param phone phone number as given
 * @param email e-mail address
 * @param wechatId WeChat or WeCom external user id
 * @param gender free text as imported (e.g. {@code F}, {@code 女})
 * @param birthYear year of birth
 * @param occupation occupation
 * @param incomeBand income band as the shop names it
 * @param country country
 * @param province province or state
 * @param city city
 * @param industry industry (B2B)
 * @param companySize number of employees (B2B)
 * @param acquisitionChannel where the customer came from
 * @param owner the sales representative who owns the customer
 * @param createdDate when the shop first recorded the customer
 * @param attributes free attributes of an edition (e.g. jade preference); never {@code null}, unmodifiable
 * @since 1.0
 */
public record Customer(String externalId, String name, CustomerType type, String phone, String email,
        String wechatId, String gender, Integer birthYear, String occupation, String incomeBand, String country,
        String province, String city, String industry, Integer companySize, String acquisitionChannel, String owner,
        LocalDate createdDate, Map<String, String> attributes) {

    public Customer {
        Objects.requireNonNull(externalId, "externalId");
        if (externalId.isBlank()) {
            throw new IllegalArgumentException("externalId must not be blank");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A customer known only by id and name. */
    public static Customer of(String externalId, String name) {
        return new Customer(externalId, name, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, Map.of());
    }
}
