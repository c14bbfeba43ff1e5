package com.example.helloview;

import io.tierbench.api.workbench.Placement;
import io.tierbench.api.workbench.WorkbenchView;
import io.tierbench.api.workbench.WorkbenchViewService;
import java.net.URL;
import org.osgi.service.component.annotations.Component;

/** A dashboard card "Hello 你好"; the workbench serves its files from this bundle's workbench/hello folder. */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "hello", titleEn = "Hello", titleZh = "你好", placement = Placement.DASHBOARD_CARD,
        module = "card.js", order = 900)
public class HelloView implements WorkbenchView {

    @Override
    public URL resource(String path) {
        return WorkbenchView.bundled(HelloView.class, "/workbench/hello", path);
    }
}
