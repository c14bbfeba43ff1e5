package io.tierbench.profile.internal;

import io.tierbench.api.config.ProfileProblem;
import io.tierbench.profile.internal.FeatureDefaults.Defaults;
import io.tierbench.profile.internal.ProfileChecker.MergedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What no single file shows: the tier policy must not read a classifier the engine is configured to leave out. Each
 * side is the profile's merged file when the profile has it, else the file in force in {@code etc/}, else the
 * edition's; the check runs when the profile has at least one side.
 */
final class CrossFileChecks {

    static final String ENGINE_PID = "tierbench.engine";
    static final String DISABLED_KEY = "classifiers.disabled";
    static final String POLICY_PID = "tierbench.tiering";

    private final ConfigDirectory etc;
    private final Defaults defaults;

    CrossFileChecks(ConfigDirectory etc, Defaults defaults) {
        this.etc = etc;
        this.defaults = defaults;
    }

    List<ProfileProblem> check(List<MergedFile> merged) {
        Optional<MergedFile> engine = merged.stream().filter(file -> file.pid().equals(ENGINE_PID)).findFirst();
        Optional<MergedFile> policy = merged.stream().filter(file -> file.pid().equals(POLICY_PID)).findFirst();
        if (engine.isEmpty() && policy.isEmpty()) {
            return List.of();
        }
        Set<String> disabled = disabled(engine.map(MergedFile::values).orElseGet(() -> inForce(ENGINE_PID)));
        Map<String, String> rules = policy.map(MergedFile::values).orElseGet(() -> inForce(POLICY_PID));
        List<ProfileProblem> problems = new ArrayList<>();
        PolicyReferences.classifierRoots(rules).forEach((key, roots) -> {
            for (String id : disabled) {
                if (roots.contains(PolicyReferences.rootOf(id))) {
                    problems.add(problem(engine, policy, key, id));
                }
            }
        });
        return problems;
    }

    private static ProfileProblem problem(Optional<MergedFile> engine, Optional<MergedFile> policy, String ruleKey,
            String classifierId) {
        String message = ruleKey + " reads classifier " + classifierId + ", which " + ENGINE_PID + ".cfg disables ("
                + DISABLED_KEY + "): enable it, or change the rule";
        if (policy.isPresent()) {
            int[] position = policy.get().profile().cfg().position(ruleKey);
            return new ProfileProblem(policy.get().profile().fileName(), ruleKey, position[0], position[1], message);
        }
        int[] position = engine.get().profile().cfg().position(DISABLED_KEY);
        return new ProfileProblem(engine.get().profile().fileName(), DISABLED_KEY, position[0], position[1], message);
    }

    private static Set<String> disabled(Map<String, String> engine) {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(engine.getOrDefault(DISABLED_KEY, "").split("[;,]")).map(String::strip)
                .filter(id -> !id.isEmpty()).forEach(ids::add);
        return ids;
    }

    /** @return the file in etc/, else the edition's, else nothing */
    private Map<String, String> inForce(String pid) {
        try {
            Optional<String> text = etc.read(pid + ".cfg");
            if (text.isEmpty()) {
                text = defaults.of(pid).map(FeatureDefaults.DefaultFile::text);
            }
            return text.isEmpty() ? Map.of() : CfgFile.parse(text.get()).values();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read etc/" + pid + ".cfg", e);
        } catch (CfgFile.UnreadableException e) {
            return Map.of();
        }
    }
}
