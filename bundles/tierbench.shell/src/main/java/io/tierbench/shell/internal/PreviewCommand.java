package io.tierbench.shell.internal;

import io.tierbench.api.tiering.ConfigurationChange;
import io.tierbench.api.tiering.PreviewService;
import io.tierbench.api.tiering.TierPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Service
@Command(scope = "tierbench", name = "preview",
        description = "Dry run of a configuration change: how labels, tiers and rule tags would move against the "
                + "latest run, with nothing stored (配置变更预演).")
public class PreviewCommand implements Action {

    @Option(name = "--pid", description = "The configuration to change: a classifier's (tierbench.classifier.rfm) "
            + "or the tier policy's (tierbench.tiering). Default: tierbench.tiering.")
    String pid = TierPolicy.PID;

    @Option(name = "--policy", description = "A whole tier policy file to try instead of the one in force, e.g. "
            + "etc/tierbench.tiering.cfg after editing a copy.")
    @Completion(FileCompleter.class)
    String policyFile;

    @Option(name = "--limit", description = "How many moving customers to list. Default: 20.")
    int limit = 20;

    @Option(name = "--lang", description = "Language of the labels: en or zh. Default: en.")
    @Completion(value = StringsCompleter.class, values = {"en", "zh"})
    String language = "en";

    @Argument(index = 0, name = "changes", multiValued = true,
            description = "Changed properties as key=value, e.g. window.days=365, or "
                    + "\"rule.20=clv.predictive == 'top' -> gold\", or \"tag.高频购买=facts.purchases_90d >= 2\".")
    List<String> changes;

    @Reference
    PreviewService previews;

    @Override
    public Object execute() throws Exception {
        ConfigurationChange change;
        if (policyFile != null) {
            if (changes != null && !changes.isEmpty()) {
                throw new IllegalArgumentException("give either --policy FILE or key=value changes, not both");
            }
            change = new ConfigurationChange(TierPolicy.PID, ChangeArguments.ofFile(Path.of(policyFile)), true);
        } else {
            Map<String, Object> properties = ChangeArguments.of(changes);
            if (properties.isEmpty()) {
                throw new IllegalArgumentException("nothing to preview: give key=value changes or --policy FILE");
            }
            change = new ConfigurationChange(pid, properties, false);
        }
        PreviewReport.print(previews.preview(change), language, limit, System.out);
        return null;
    }
}
