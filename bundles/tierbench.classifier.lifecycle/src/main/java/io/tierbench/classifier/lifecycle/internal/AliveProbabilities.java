package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.clv.LifetimeModel;
import io.tierbench.api.clv.LifetimeModelService;
import java.util.OptionalDouble;

/** P(alive) for one run, when the lifetime model is installed and its fit succeeded; otherwise none, and why. */
final class AliveProbabilities {

    private final LifetimeModel model;
    private final String note;

    private AliveProbabilities(LifetimeModel model, String note) {
        this.model = model;
        this.note = note;
    }

    /**
     * A failed fit does not fail the run: lifecycle is defined without P(alive), so it classifies on days alone
     * and says so in the summary.
     *
     * @param service the lifetime model service, or {@code null} when the CLV bundle is not installed
     */
    static AliveProbabilities fit(LifetimeModelService service, ClassificationContext context) {
        if (service == null) {
            return new AliveProbabilities(null,
                    "P(alive) not used: no lifetime model (CLV bundle) is installed; stages are decided on days.");
        }
        try {
            LifetimeModel model = service.fit(context);
            return new AliveProbabilities(model, "P(alive) from the lifetime model fitted as of " + model.asOf()
                    + ".");
        } catch (ClassificationException | RuntimeException e) {
            return new AliveProbabilities(null, "P(alive) not used: the lifetime model fit failed ("
                    + e.getMessage() + "); stages are decided on days.");
        }
    }

    /** @return the customer's P(alive), or empty when there is no model or it has no finite value for the customer */
    OptionalDouble of(String customerId) {
        if (model == null) {
            return OptionalDouble.empty();
        }
        OptionalDouble p = model.probabilityAlive(customerId);
        return p.isPresent() && Double.isFinite(p.getAsDouble()) ? p : OptionalDouble.empty();
    }

    /** @return whether P(alive) is used, and why not when it is not */
    String note() {
        return note;
    }
}
