package io.tierbench.classifier.clv.internal;

import io.tierbench.api.workbench.Placement;
import io.tierbench.api.workbench.WorkbenchView;
import io.tierbench.api.workbench.WorkbenchViewService;
import java.net.URL;
import org.osgi.service.component.annotations.Component;

/**
 * The workbench's CLV dashboard card: the histogram of the customers' historical and predictive CLV in a run. It
 * ships with the classifier, so installing or removing this bundle adds or removes the card.
 */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "clv-distribution", titleEn = "CLV distribution", titleZh = "客户终身价值分布",
        placement = Placement.DASHBOARD_CARD, module = "card.js", order = 30, classifier = "clv")
public final class ClvDistributionCard implements WorkbenchView {

    /** The card's files on this bundle's class path. */
    static final String FOLDER = "/workbench/clv";

    @Override
    public URL resource(String path) {
        return WorkbenchView.bundled(ClvDistributionCard.class, FOLDER, path);
    }
}
