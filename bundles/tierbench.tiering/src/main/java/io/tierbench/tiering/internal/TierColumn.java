package io.tierbench.tiering.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.api.workbench.CustomerColumn;
import io.tierbench.api.workbench.CustomerColumnService;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The workbench's "Tier" column: the customer's tier in the latest finished run, empty when that run gave the
 * customer none (no policy in force then, or a customer imported since). Only the latest run counts: an older tier
 * shown as if current would mislead.
 */
@Component(service = CustomerColumn.class)
@CustomerColumnService(id = "tier", titleEn = "Tier", titleZh = "分级")
public final class TierColumn implements CustomerColumn {

    private final RunRepository runs;

    @Activate
    public TierColumn(@Reference(name = "runs") RunRepository runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /** @return the tier in both languages, e.g. {@code Gold 金}, or its one name when both are the same */
    @Override
    public Object value(Customer customer, PurchaseFacts facts) {
        return runs.latestRun()
                .flatMap(run -> runs.classificationsOf(run.runId(), customer.externalId()).stream()
                        .filter(stored -> TierPolicy.CLASSIFIER_ID.equals(stored.classifierId())
                                && TierPolicy.SCHEME.equals(stored.classification().scheme()))
                        .findFirst())
                .map(stored -> display(stored.classification().label()))
                .orElse(null);
    }

    private static String display(Label tier) {
        // The table has one value per cell whichever language the page shows, so a tier carries both names.
        return tier.en().equals(tier.zh()) ? tier.en() : tier.en() + " " + tier.zh();
    }
}
