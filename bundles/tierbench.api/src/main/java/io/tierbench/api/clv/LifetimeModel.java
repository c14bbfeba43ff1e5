package io.tierbench.api.clv;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A lifetime model fitted on one run's customer base.
 *
 * @since 1.0
 */
@ProviderType
public interface LifetimeModel {

    /** @return the as-of date the model was fitted for */
    LocalDate asOf();

    /**
     * @param customerId a customer's external id
     * @return the probability, in [0, 1], that the customer is still active ("alive") as of the as-of date; empty
     *         when the customer has no purchase up to that date
     */
    OptionalDouble probabilityAlive(String customerId);

    /**
     * @param customerId a customer's external id
     * @param horizonDays days after the as-of date
     * @return the expected number of purchases in that horizon; empty when the customer has no purchase
     */
    OptionalDouble expectedPurchases(String customerId, int horizonDays);

    /** @return the fitted parameters by name (e.g. {@code r}, {@code alpha}, {@code a}, {@code b}) */
    Map<String, Double> parameters();

    /** @return the maximised log-likelihood */
    double logLikelihood();
}
