package io.tierbench.classifier.abc.internal;

import io.tierbench.api.workbench.Placement;
import io.tierbench.api.workbench.WorkbenchView;
import io.tierbench.api.workbench.WorkbenchViewService;
import java.net.URL;
import org.osgi.service.component.annotations.Component;

/**
 * The workbench's ABC dashboard card: the Pareto curve of a run with the ends of class A and class B. It ships with
 * the classifier, so installing or removing this bundle adds or removes the card.
 */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "abc-pareto", titleEn = "Pareto curve (ABC)", titleZh = "帕累托曲线（ABC）",
        placement = Placement.DASHBOARD_CARD, module = "card.js", order = 20, classifier = "abc")
public final class ParetoCard implements WorkbenchView {

    /** The card's files on this bundle's class path. */
    static final String FOLDER = "/workbench/abc";

    @Override
    public URL resource(String path) {
        return WorkbenchView.bundled(ParetoCard.class, FOLDER, path);
    }
}
