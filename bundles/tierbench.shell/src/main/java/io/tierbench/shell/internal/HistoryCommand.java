package io.tierbench.shell.internal;

import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import io.tierbench.api.repository.StoredClassification;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Service
@Command(scope = "tierbench", name = "history",
        description = "Shows a customer's labels in every run, oldest first, marking changes (客户分级历史).")
public class HistoryCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The customer's external id.")
    String customerId;

    @Option(name = "--classifier", description = "Only this classifier's schemes, e.g. rfm.")
    String classifierId;

    @Option(name = "--lang", description = "Language of the labels: en or zh. Default: en.")
    @Completion(value = StringsCompleter.class, values = {"en", "zh"})
    String language = "en";

    @Reference
    CustomerRepository customers;

    @Reference
    RunRepository runs;

    @Override
    public Object execute() {
        String name = customers.findCustomer(customerId)
                .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId)).name();
        List<RunInfo> all = new ArrayList<>(runs.runs());
        if (all.isEmpty()) {
            System.out.println("No classification run yet: run tierbench:classify first (尚未运行分级).");
            return null;
        }
        List<HistoryTable.RunLabels> history = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            RunInfo run = all.get(i);
            List<StoredClassification> labels = runs.classificationsOf(run.runId(), customerId).stream()
                    .filter(stored -> classifierId == null || stored.classifierId().equals(classifierId))
                    .toList();
            history.add(new HistoryTable.RunLabels(run, labels));
        }
        System.out.printf("%s  %s: labels in %d runs (分级历史)%n", customerId, name == null ? "" : name,
                history.size());
        HistoryTable.of(history, language).print(System.out);
        System.out.println("*: changed since the previous run (与上次运行相比有变化)");
        return null;
    }
}
