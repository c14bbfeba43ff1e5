package io.tierbench.shell.internal;

import io.tierbench.api.config.ProfileService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Service
@Command(scope = "tierbench", name = "profile-apply",
        description = "Checks a client profile and, when it has no problem, writes it into etc/ over the edition's "
                + "defaults (comments kept), live; with any problem nothing is written. Files a previous profile "
                + "set and this one does not go back to the edition's (应用客户配置).")
public class ProfileApplyCommand implements Action {

    @Reference(optional = true)
    ProfileService profiles;

    @Argument(index = 0, name = "FOLDER", required = true, description = ProfileCommands.FOLDER_DESCRIPTION)
    @Completion(FileCompleter.class)
    String folder;

    @Override
    public Object execute() {
        if (profiles == null) {
            System.out.println(ProfileCommands.NOT_INSTALLED);
            return null;
        }
        ProfileReport.printApplication(profiles.apply(HomePaths.resolve(folder)), System.out);
        return null;
    }
}
