package io.tierbench.classifier.rfm.internal;

import io.tierbench.api.workbench.Placement;
import io.tierbench.api.workbench.WorkbenchView;
import io.tierbench.api.workbench.WorkbenchViewService;
import java.net.URL;
import org.osgi.service.component.annotations.Component;

/**
 * The workbench's RFM dashboard card: the R score by FM score heat map of a run, each occupied cell named by its
 * segment. It ships with the classifier, so installing or removing this bundle adds or removes the card.
 */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "rfm-grid", titleEn = "RFM grid", titleZh = "RFM 网格", placement = Placement.DASHBOARD_CARD,
        module = "card.js", order = 10, classifier = "rfm")
public final class RfmGridCard implements WorkbenchView {

    /** The card's files on this bundle's class path. */
    static final String FOLDER = "/workbench/rfm";

    @Override
    public URL resource(String path) {
        return WorkbenchView.bundled(RfmGridCard.class, FOLDER, path);
    }
}
