package io.tierbench.shell.internal;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
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
        List<ServiceReference<Classifier>> references = new ArrayList<>(bundleContext.getServiceReferences(
                Classifier.class, "(" + ClassifierService.ID + "=*)"));
        if (references.isEmpty()) {
            System.out.println("No classifier installed (未安装分级方法).");
            return null;
        }
        references.sort(Comparator.comparing(r -> String.valueOf(r.getProperty(ClassifierService.ID))));
        TextTable table = new TextTable("Id", "Name", "Version", "Bundle");
        for (ServiceReference<Classifier> reference : references) {
            table.addRow(reference.getProperty(ClassifierService.ID), reference.getProperty(ClassifierService.NAME),
                    reference.getProperty(ClassifierService.VERSION),
                    reference.getBundle().getSymbolicName() + " [" + reference.getBundle().getBundleId() + "]");
        }
        table.print(System.out);
        for (ServiceReference<Classifier> reference : references) {
            System.out.println();
            System.out.println(reference.getProperty(ClassifierService.ID) + " configuration:");
            configurationOf(reference).forEach((key, value) -> System.out.println("  " + key + " = " + value));
        }
        return null;
    }

    private Map<String, String> configurationOf(ServiceReference<Classifier> reference) {
        Classifier classifier = bundleContext.getService(reference);
        if (classifier == null) {
            return Map.of("(unavailable)", "the classifier could not be activated: see the log");
        }
        try {
            return new TreeMap<>(classifier.configuration());
        } finally {
            bundleContext.ungetService(reference);
        }
    }
}
