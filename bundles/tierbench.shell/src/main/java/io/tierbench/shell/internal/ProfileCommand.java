package io.tierbench.shell.internal;

import io.tierbench.api.config.ProfileService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "tierbench", name = "profile",
        description = "Shows the active client profile, the installed edition, and every configuration key in etc/ "
                + "that differs from the edition's defaults, from the profile or edited by hand since (客户配置).")
public class ProfileCommand implements Action {

    @Reference(optional = true)
    ProfileService profiles;

    @Override
    public Object execute() {
        if (profiles == null) {
            System.out.println(ProfileCommands.NOT_INSTALLED);
            return null;
        }
        ProfileReport.printStatus(profiles.status(), System.out);
        return null;
    }
}
