package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.clv.LifetimeModel;
import io.tierbench.api.clv.LifetimeModelService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** A lifetime model with P(alive) set by hand, or a fit that fails. */
final class FakeLifetimeModelService implements LifetimeModelService {

    private final Map<String, Double> pAlive = new HashMap<>();
    private final String failure;
    private int fits;

    private FakeLifetimeModelService(String failure) {
        this.failure = failure;
    }

    /** @return a model with no P(alive) until {@link #alive(String, double)} sets some */
    static FakeLifetimeModelService fitting() {
        return new FakeLifetimeModelService(null);
    }

    /** @return a service whose every fit fails with {@code reason} */
    static FakeLifetimeModelService failing(String reason) {
        return new FakeLifetimeModelService(reason);
    }

    FakeLifetimeModelService alive(String customerId, double probability) {
        pAlive.put(customerId, probability);
        return this;
    }

    int fits() {
        return fits;
    }

    @Override
    public LifetimeModel fit(ClassificationContext context) throws ClassificationException {
        fits++;
        if (failure != null) {
            throw new ClassificationException(failure);
        }
        LocalDate asOf = context.asOf();
        return new LifetimeModel() {
            @Override
            public LocalDate asOf() {
                return asOf;
            }

            @Override
            public OptionalDouble probabilityAlive(String customerId) {
                Double p = pAlive.get(customerId);
                return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
            }

            @Override
            public OptionalDouble expectedPurchases(String customerId, int horizonDays) {
                return OptionalDouble.empty();
            }

            @Override
            public Map<String, Double> parameters() {
                return Map.of();
            }

            @Override
            public double logLikelihood() {
                return 0;
            }
        };
    }
}
