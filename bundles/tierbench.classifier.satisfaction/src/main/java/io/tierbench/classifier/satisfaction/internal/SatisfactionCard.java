package io.tierbench.classifier.satisfaction.internal;

import io.tierbench.api.workbench.Placement;
import io.tierbench.api.workbench.WorkbenchView;
import io.tierbench.api.workbench.WorkbenchViewService;
import java.net.URL;
import org.osgi.service.component.annotations.Component;

/**
 * The workbench's satisfaction dashboard card: a run's customers per satisfaction level and the company NPS gauge.
 * It ships with the classifier, so installing or removing this bundle adds or removes the card.
 */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "satisfaction-nps", titleEn = "Satisfaction and NPS", titleZh = "满意度与 NPS",
        placement = Placement.DASHBOARD_CARD, module = "card.js", order = 50, classifier = "satisfaction")
public final class SatisfactionCard implements WorkbenchView {

    /** The card's files on this bundle's class path. */
    static final String FOLDER = "/workbench/satisfaction";

    @Override
    public URL resource(String path) {
        return WorkbenchView.bundled(SatisfactionCard.class, FOLDER, path);
    }
}
