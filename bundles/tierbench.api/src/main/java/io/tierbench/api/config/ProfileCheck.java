package io.tierbench.api.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of checking a client profile as a whole, against the installed edition.
 *
 * @param profile the profile's name ({@code name} in {@code profile.properties}, else the folder's name)
 * @param folder the profile folder, absolute
 * @param edition the edition whose defaults the profile changes
 * @param pids the PIDs the profile configures, in file-name order
 * @param problems every problem found; empty when the profile can be applied
 * @since 1.0
 */
public record ProfileCheck(String profile, Path folder, Edition edition, List<String> pids,
        List<ProfileProblem> problems) {

    public ProfileCheck {
        pids = List.copyOf(pids);
        problems = List.copyOf(problems);
    }

    /** @return whether the profile can be applied */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** @return the problems by file, files in the order their first problem was found */
    public Map<String, List<ProfileProblem>> problemsByFile() {
        return problems.stream().collect(Collectors.groupingBy(ProfileProblem::file, LinkedHashMap::new,
                Collectors.toList()));
    }
}
