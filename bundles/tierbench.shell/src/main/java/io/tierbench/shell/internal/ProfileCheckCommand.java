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
@Command(scope = "tierbench", name = "profile-check",
        description = "Checks a client profile as a whole against the installed edition, writing nothing: every file "
                + "UTF-8 and readable, every PID known, values of the right type, the validators of each PID "
                + "(tier policy, classifiers, column mappings) and the files agreeing with each other (检查客户配置).")
public class ProfileCheckCommand implements Action {

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
        ProfileReport.printCheck(profiles.check(HomePaths.resolve(folder)), System.out);
        return null;
    }
}
