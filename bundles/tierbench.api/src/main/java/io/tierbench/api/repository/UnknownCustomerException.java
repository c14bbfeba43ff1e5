package io.tierbench.api.repository;

/**
 * An order or interaction names a customer the repository does not know.
 *
 * @since 1.0
 */
public class UnknownCustomerException extends RepositoryException {

    private static final long serialVersionUID = 1L;

    private final String customerId;

    public UnknownCustomerException(String customerId) {
        super("unknown customer '" + customerId + "'");
        this.customerId = customerId;
    }

    /** @return the external id that is not stored */
    public String customerId() {
        return customerId;
    }
}
