package io.tierbench.profile.internal;

import io.tierbench.api.config.ProfileCheck;
import io.tierbench.api.config.ProfileProblem;
import io.tierbench.profile.internal.ConfigurationSchemas.Attribute;
import io.tierbench.profile.internal.ConfigurationSchemas.Schema;
import io.tierbench.profile.internal.FeatureDefaults.DefaultFile;
import io.tierbench.profile.internal.FeatureDefaults.Defaults;
import io.tierbench.profile.internal.ProfileFolder.ProfileFile;
import io.tierbench.profile.internal.ValidatorRegistry.NamedValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks a profile as a whole against the installed edition: every file read, every PID known, every value fitting
 * its metatype attribute, every validator of a PID accepting the merged configuration, and the files agreeing with
 * each other ({@link CrossFileChecks}).
 */
final class ProfileChecker {

    private final Defaults defaults;
    private final ConfigurationSchemas schemas;
    private final ValidatorRegistry validators;
    private final ConfigDirectory etc;

    ProfileChecker(Defaults defaults, ConfigurationSchemas schemas, ValidatorRegistry validators, ConfigDirectory etc) {
        this.defaults = defaults;
        this.schemas = schemas;
        this.validators = validators;
        this.etc = etc;
    }

    /**
     * One PID's file as the profile would write it.
     *
     * @param edition the edition's default file, or {@code null} when it has none for the PID
     * @param profile the profile's file
     * @param text the merged text
     * @param values the merged values
     */
    record MergedFile(String pid, DefaultFile edition, ProfileFile profile, String text, Map<String, String> values) {
    }

    /** The check, and the merged files when it found no problem. */
    record Result(ProfileCheck check, ProfileFolder folder, List<MergedFile> files) {
    }

    Result check(ProfileFolder folder) {
        List<ProfileProblem> problems = new ArrayList<>(folder.problems());
        List<MergedFile> merged = new ArrayList<>();
        for (ProfileFile file : folder.files()) {
            checkFile(file, problems).ifPresent(merged::add);
        }
        // Across the files that are valid on their own, so one run names every problem.
        problems.addAll(new CrossFileChecks(etc, defaults).check(merged));
        ProfileCheck check = new ProfileCheck(folder.description().name(), folder.folder(), defaults.edition(),
                folder.files().stream().map(ProfileFile::pid).toList(), problems);
        return new Result(check, folder, problems.isEmpty() ? List.copyOf(merged) : List.of());
    }

    private Optional<MergedFile> checkFile(ProfileFile file, List<ProfileProblem> problems) {
        DefaultFile edition = file.factoryPid() == null ? defaults.of(file.pid()).orElse(null) : null;
        Optional<Schema> schema = schemas.schema(file.definitionPid())
                .filter(found -> found.factory() == (file.factoryPid() != null));
        if (!known(file, edition, schema)) {
            problems.add(new ProfileProblem(file.fileName(), "", 0, 0, "unknown PID " + file.definitionPid()
                    + (file.factoryPid() == null ? "" : " (factory)") + ": no installed bundle defines it in "
                    + "metatype, no configuration validator claims it and the edition has no such file (the edition "
                    + defaults.edition().feature() + " configures " + String.join(", ", new TreeSet<>(
                    defaults.files().keySet())) + ")"));
            return Optional.empty();
        }
        int before = problems.size();
        schema.ifPresent(found -> checkValues(file, found, problems));
        CfgFile editionFile = null;
        if (edition != null) {
            try {
                editionFile = CfgFile.parse(edition.text());
            } catch (CfgFile.UnreadableException e) {
                problems.add(new ProfileProblem(file.fileName(), "", 0, 0, "the edition's default file "
                        + edition.location() + " " + e.getMessage()));
                return Optional.empty();
            }
        }
        Map<String, String> values = new LinkedHashMap<>(editionFile == null ? Map.of() : editionFile.values());
        values.putAll(file.cfg().values());
        for (NamedValidator validator : validators.validatorsFor(file.definitionPid())) {
            validate(file, validator, values, problems);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new MergedFile(file.pid(), edition, file, ConfigMerge.merge(editionFile, file.cfg()),
                values));
    }

    private boolean known(ProfileFile file, DefaultFile edition, Optional<Schema> schema) {
        return schema.isPresent() || validators.claims(file.definitionPid()) || edition != null;
    }

    private static void checkValues(ProfileFile file, Schema schema, List<ProfileProblem> problems) {
        file.cfg().values().forEach((key, value) -> {
            int[] position = file.cfg().position(key);
            Attribute attribute = schema.attributes().get(key);
            if (attribute == null) {
                problems.add(new ProfileProblem(file.fileName(), key, position[0], position[1], "unknown key (" 
                        + schema.pid() + " has " + String.join(", ", new TreeSet<>(schema.attributes().keySet()))
                        + ")"));
                return;
            }
            for (String problem : ValueChecks.check(attribute, value)) {
                problems.add(new ProfileProblem(file.fileName(), key, position[0], position[1], problem));
            }
        });
    }

    private static void validate(ProfileFile file, NamedValidator validator, Map<String, String> values,
            List<ProfileProblem> problems) {
        List<String> found;
        try {
            found = validator.validator().validate(file.pid(), Map.copyOf(values));
        } catch (RuntimeException e) {
            problems.add(new ProfileProblem(file.fileName(), "", 0, 0, "the validator " + validator.name()
                    + " failed: " + e));
            return;
        }
        for (String message : found) {
            String key = keyNamedBy(message, values);
            int[] position = file.cfg().position(key);
            problems.add(new ProfileProblem(file.fileName(), key, position[0], position[1], message));
        }
    }

    /** @return the longest key the message starts with (as "key:", "key (" or "key "), or "" */
    static String keyNamedBy(String message, Map<String, String> values) {
        String named = "";
        for (String key : values.keySet()) {
            if (key.length() > named.length() && message.startsWith(key) && (message.length() == key.length()
                    || " :(".indexOf(message.charAt(key.length())) >= 0)) {
                named = key;
            }
        }
        return named;
    }
}
