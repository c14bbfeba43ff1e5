package io.tierbench.profile.internal;

import io.tierbench.profile.internal.FeatureCatalog.ConfigFile;
import io.tierbench.profile.internal.FeatureCatalog.FeatureDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the configuration back after an edition is uninstalled: every {@code etc/*.cfg} file the edition's configfiles
 * wrote is rewritten from the file of the same name of what stays installed (another edition, else
 * {@code tierbench-core} and the features it requires), or deleted when none has one. Karaf's
 * {@code feature:uninstall} leaves the edition's files (and {@code -c} deletes them), so without this the edition's
 * settings, or the components' built-in defaults, would stay in force.
 */
final class EditionRestore {

    private static final String ETC = "${karaf.etc}/";

    private final FeatureCatalog catalog;
    private final ConfigDirectory etc;
    private final Path backups;

    EditionRestore(FeatureCatalog catalog, ConfigDirectory etc, Path backups) {
        this.catalog = catalog;
        this.etc = etc;
        this.backups = backups;
    }

    /**
     * @param fileName the file in etc/
     * @param source the configfile to write it from, or {@code null} to delete it
     * @param sourceFeature the feature the source belongs to, or {@code null}
     */
    record Action(String fileName, ConfigFile source, String sourceFeature) {
    }

    /** @return what to do for the uninstalled edition, given what stays installed; empty with a reason when nothing */
    static Plan plan(FeatureDescription edition, List<FeatureDescription> installed, FeatureCatalog catalog) {
        Optional<String> base = installed.stream().map(FeatureDescription::name)
                .filter(name -> name.startsWith(FeatureCatalog.EDITION_PREFIX) && !name.equals(edition.name()))
                .sorted().findFirst()
                .or(() -> installed.stream().map(FeatureDescription::name)
                        .filter(FeatureCatalog.CORE::equals).findFirst());
        if (base.isEmpty()) {
            return new Plan(List.of(), FeatureCatalog.CORE + " is not installed any more: " + edition.name()
                    + "'s configuration files are left as they are");
        }
        Map<String, ConfigFile> defaults = FeatureDefaults.etcConfigFiles(catalog, base.get());
        List<Action> actions = new ArrayList<>();
        for (ConfigFile file : edition.configFiles()) {
            String name = file.finalname();
            if (!name.startsWith(ETC) || !name.endsWith(".cfg") || name.indexOf('/', ETC.length()) >= 0) {
                continue;
            }
            ConfigFile source = defaults.get(name);
            actions.add(new Action(name.substring(ETC.length()), source, source == null ? null : base.get()));
        }
        return new Plan(actions, null);
    }

    /** @param reason why there is nothing to do, or {@code null} */
    record Plan(List<Action> actions, String reason) {
    }

    /**
     * Carries the plan out, each file on its own: one that fails is reported and the others are still restored.
     *
     * @return one line per file, saying what was done
     */
    List<String> execute(String edition, Plan plan, String stamp) {
        List<String> log = new ArrayList<>();
        if (plan.reason() != null) {
            log.add(plan.reason());
        }
        for (Action action : plan.actions()) {
            try {
                Optional<String> before = etc.read(action.fileName());
                if (before.isPresent()) {
                    Path copy = backups.resolve(stamp + "-" + edition).resolve(action.fileName());
                    Files.createDirectories(copy.getParent());
                    Files.writeString(copy, before.get(), StandardCharsets.UTF_8);
                }
                if (action.source() == null) {
                    etc.delete(action.fileName());
                    log.add("etc/" + action.fileName() + ": deleted (" + edition + " wrote it and nothing installed "
                            + "has a default for it)");
                } else {
                    etc.write(action.fileName(), new String(catalog.read(action.source().location()),
                            StandardCharsets.UTF_8));
                    log.add("etc/" + action.fileName() + ": restored to " + action.sourceFeature() + "'s "
                            + action.source().location() + (before.isEmpty() ? " (" + edition + "'s file had been "
                            + "deleted)" : ""));
                }
            } catch (IOException | RuntimeException e) {
                log.add("etc/" + action.fileName() + ": NOT restored: " + e.getMessage());
            }
        }
        return log;
    }
}
