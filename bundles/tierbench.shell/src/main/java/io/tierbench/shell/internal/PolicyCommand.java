package io.tierbench.shell.internal;

import io.tierbench.api.tiering.TierPolicy;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "tierbench", name = "policy",
        description = "Shows the tier policy in force: tiers and strategies, rules, rule tags, and why the latest "
                + "configuration was rejected if it was (分级策略).")
public class PolicyCommand implements Action {

    @Reference(optional = true)
    TierPolicy tierPolicy;

    @Override
    public Object execute() {
        if (tierPolicy == null) {
            System.out.println("The tier policy is not installed (未安装分级策略): feature:install tierbench-tiering");
            return null;
        }
        PolicyReport.print(tierPolicy.status(), System.out);
        return null;
    }
}
