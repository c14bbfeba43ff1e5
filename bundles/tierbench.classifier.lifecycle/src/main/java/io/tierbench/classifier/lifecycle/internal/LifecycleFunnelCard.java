package io.tierbench.classifier.lifecycle.internal;

import io.tierbench.api.workbench.Placement;
import io.tierbench.api.workbench.WorkbenchView;
import io.tierbench.api.workbench.WorkbenchViewService;
import java.net.URL;
import org.osgi.service.component.annotations.Component;

/**
 * The workbench's lifecycle dashboard card: the funnel of a run's customers per stage. It ships with the
 * classifier, so installing or removing this bundle adds or removes the card.
 */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "lifecycle-funnel", titleEn = "Lifecycle funnel", titleZh = "生命周期漏斗",
        placement = Placement.DASHBOARD_CARD, module = "card.js", order = 40, classifier = "lifecycle")
public final class LifecycleFunnelCard implements WorkbenchView {

    /** The card's files on this bundle's class path. */
    static final String FOLDER = "/workbench/lifecycle";

    @Override
    public URL resource(String path) {
        return WorkbenchView.bundled(LifecycleFunnelCard.class, FOLDER, path);
    }
}
