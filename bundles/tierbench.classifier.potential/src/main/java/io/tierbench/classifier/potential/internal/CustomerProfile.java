package io.tierbench.classifier.potential.internal;

import io.tierbench.api.model.Customer;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the potential of one customer is judged from.
 *
 * @param customerId the external id
 * @param industry the industry as recorded, trimmed; {@code null} when none
 * @param employees the company size as recorded; {@code null} when none
 * @param bucket the size bucket; {@code null} when the size is unknown or not a positive number
 * @param current the revenue of the last 365 days, the as-of day included
 */
record CustomerProfile(String customerId, String industry, Integer employees, SizeBucket bucket,
        BigDecimal current) {

    /** @param customer the customer's record, empty when the repository does not know it */
    static CustomerProfile of(String customerId, Optional<Customer> customer, BigDecimal current,
            SizeBuckets sizes) {
        String industry = customer.map(Customer::industry).filter(name -> !name.isBlank()).map(String::trim)
                .orElse(null);
        Integer employees = customer.map(Customer::companySize).orElse(null);
        SizeBucket bucket = employees == null || employees < 1 ? null : sizes.of(employees);
        return new CustomerProfile(customerId, industry, employees, bucket, current);
    }

    /** @return the industry's comparison key, or {@code null} */
    String industryKey() {
        return Industries.key(industry);
    }

    /** @return whether the customer bought anything in the last 365 days (a peer in its groups) */
    boolean active() {
        return current.signum() > 0;
    }

    /** @return e.g. {@code Industry 电子制造, 120 employees (medium: 50 to 499 employees)} */
    String describe(SizeBuckets sizes) {
        String size;
        if (employees == null) {
            size = "company size not recorded";
        } else if (bucket == null) {
            size = "company size " + employees + " (not a number of employees, ignored)";
        } else {
            size = employees + " employees (" + sizes.describe(bucket) + ")";
        }
        return (industry == null ? "No industry recorded" : "Industry " + industry) + ", " + size;
    }
}
