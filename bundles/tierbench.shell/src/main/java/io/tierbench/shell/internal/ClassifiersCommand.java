package io.tierbench.shell.internal;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierService;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

@Service
@Command(scope = "tierbench", name = "classifiers",
        description = "Lists the installed classifier plugins with their version and configuration (已安装的分级方法).")
public class ClassifiersCommand implements Action {

    @Reference
    BundleContext bundleContext;

    @Override
    public Object execute() throws Exception {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("Bundle");
        table.column("Configuration").maxSize(100).wrap();
        for (ServiceReference<Classifier> reference : bundleContext.getServiceReferences(Classifier.class,
                "(" + ClassifierService.ID + "=*)")) {
            table.addRow().addContent(reference.getProperty(ClassifierService.ID),
                    reference.getProperty(ClassifierService.NAME), reference.getProperty(ClassifierService.VERSION),
                    reference.getBundle().getSymbolicName() + " [" + reference.getBundle().getBundleId() + "]",
                    configurationOf(reference));
        }
        table.emptyTableText("No classifier installed (未安装分级方法).");
        table.print(System.out);
        return null;
    }

    private String configurationOf(ServiceReference<Classifier> reference) {
        Classifier classifier = bundleContext.getService(reference);
        if (classifier == null) {
            return "(gone)";
        }
        try {
            Map<String, String> sorted = new TreeMap<>(classifier.configuration());
            return sorted.toString();
        } finally {
            bundleContext.ungetService(reference);
        }
    }
}
