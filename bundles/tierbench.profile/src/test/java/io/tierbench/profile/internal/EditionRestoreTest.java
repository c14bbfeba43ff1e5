package io.tierbench.profile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tierbench.profile.internal.FeatureCatalog.ConfigFile;
import io.tierbench.profile.internal.FeatureCatalog.FeatureDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** After an edition is uninstalled, its etc/ files go back to what stays installed, or away. */
class EditionRestoreTest {

    private static final String CFG = "mvn:io.tierbench/tierbench-features/0.1.0/cfg/";

    /** Core and jade as features.xml describes them, the mvn: locations served from memory. */
    static final class Catalog implements FeatureCatalog {

        final Map<String, FeatureDescription> features = new HashMap<>();
        final Map<String, String> files = new HashMap<>();
        List<FeatureDescription> installed = List.of();

        Catalog() {
            add("tierbench-tiering", List.of(), file("tierbench.tiering.cfg", "tiering", "# core policy\n"));
            add("tierbench-report-csv", List.of(), file("tierbench.report.csv.cfg", "report-csv", "bom = true\n"));
            add("tierbench-core", List.of("tierbench-tiering", "tierbench-report-csv"),
                    file("tierbench.classifier.abc.cfg", "classifier-abc", "revenue.a.threshold = 80\n"),
                    file("tierbench.classifier.lifecycle.cfg", "classifier-lifecycle", "new.days = 90\n"));
            add("tierbench-edition-jade", List.of("tierbench-core"),
                    file("tierbench.tiering.cfg", "jade-tiering", "# jade policy\n"),
                    file("tierbench.classifier.abc.cfg", "jade-classifier-abc", "revenue.a.threshold = 70\n"),
                    file("tierbench.classifier.jade.cfg", "jade-classifier-jade", "local.city = 杭州\n"),
                    new ConfigFile("${karaf.base}/samples/jade/customers.csv", CFG + "jade-customers"));
            add("tierbench-edition-ic", List.of("tierbench-core"),
                    file("tierbench.classifier.abc.cfg", "ic-classifier-abc", "revenue.a.threshold = 75\n"));
        }

        private void add(String name, List<String> dependencies, ConfigFile... configFiles) {
            features.put(name, new FeatureDescription(name, "0.1.0", List.of(configFiles), dependencies));
        }

        private ConfigFile file(String name, String classifier, String text) {
            files.put(CFG + classifier, text);
            return new ConfigFile("${karaf.etc}/" + name, CFG + classifier);
        }

        @Override
        public List<FeatureDescription> installed() {
            return installed;
        }

        @Override
        public Optional<FeatureDescription> feature(String name) {
            return Optional.ofNullable(features.get(name));
        }

        @Override
        public byte[] read(String location) throws IOException {
            String text = files.get(location);
            if (text == null) {
                throw new IOException("no such artifact " + location);
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachFileTheEditionWroteIsRestoredFromCoreOrDeleted() {
        Catalog catalog = new Catalog();
        catalog.installed = List.of(catalog.features.get("tierbench-core"));

        EditionRestore.Plan plan = EditionRestore.plan(catalog.features.get("tierbench-edition-jade"),
                catalog.installed(), catalog);

        assertEquals(List.of(
                new EditionRestore.Action("tierbench.tiering.cfg", new ConfigFile("${karaf.etc}/tierbench.tiering.cfg",
                        CFG + "tiering"), "tierbench-core"),
                new EditionRestore.Action("tierbench.classifier.abc.cfg", new ConfigFile(
                        "${karaf.etc}/tierbench.classifier.abc.cfg", CFG + "classifier-abc"), "tierbench-core"),
                new EditionRestore.Action("tierbench.classifier.jade.cfg", null, null)), plan.actions());
    }

    @Test
    void withAnotherEditionStillInstalledItsFilesAreTheDefaults() {
        Catalog catalog = new Catalog();
        catalog.installed = List.of(catalog.features.get("tierbench-core"), catalog.features.get("tierbench-edition-ic"));

        EditionRestore.Plan plan = EditionRestore.plan(catalog.features.get("tierbench-edition-jade"),
                catalog.installed(), catalog);

        assertEquals(List.of(CFG + "tiering", CFG + "ic-classifier-abc"), plan.actions().stream()
                .filter(action -> action.source() != null).map(action -> action.source().location()).toList());
    }

    @Test
    void withoutCoreNothingIsRestored() {
        Catalog catalog = new Catalog();
        EditionRestore.Plan plan = EditionRestore.plan(catalog.features.get("tierbench-edition-jade"), List.of(),
                catalog);
        assertEquals(List.of(), plan.actions());
        assertEquals("tierbench-core is not installed any more: tierbench-edition-jade's configuration files are "
                + "left as they are", plan.reason());
    }

    @Test
    void afterUninstallWithDeleteConfigurationsTheCoreFilesAreWrittenAgain() throws Exception {
        Catalog catalog = new Catalog();
        catalog.installed = List.of(catalog.features.get("tierbench-core"));
        ProfileFixture home = new ProfileFixture("restore");
        ConfigDirectory etc = new ConfigDirectory(home.etc);
        // feature:uninstall -c deleted tiering and abc; a consultant had edited the jade classifier's file
        Files.deleteIfExists(home.etc.resolve("tierbench.tiering.cfg"));
        etc.write("tierbench.classifier.jade.cfg", "local.city = 苏州\n");
        etc.write("tierbench.classifier.lifecycle.cfg", "new.days = 30\n");

        List<String> log = new EditionRestore(catalog, etc, home.data.resolve("backup")).execute(
                "tierbench-edition-jade", EditionRestore.plan(catalog.features.get("tierbench-edition-jade"),
                        catalog.installed(), catalog), "20260701-080000");

        assertEquals("# core policy\n", home.etcText("tierbench.tiering"));
        assertEquals("revenue.a.threshold = 80\n", home.etcText("tierbench.classifier.abc"));
        assertFalse(Files.exists(home.etc.resolve("tierbench.classifier.jade.cfg")));
        // not the edition's file: left as it is
        assertEquals("new.days = 30\n", home.etcText("tierbench.classifier.lifecycle"));
        assertEquals("local.city = 苏州\n", Files.readString(home.data.resolve(
                "backup/20260701-080000-tierbench-edition-jade/tierbench.classifier.jade.cfg")));
        assertEquals(List.of(
                "etc/tierbench.tiering.cfg: restored to tierbench-core's " + CFG + "tiering (tierbench-edition-jade's "
                        + "file had been deleted)",
                "etc/tierbench.classifier.abc.cfg: restored to tierbench-core's " + CFG + "classifier-abc",
                "etc/tierbench.classifier.jade.cfg: deleted (tierbench-edition-jade wrote it and nothing installed "
                        + "has a default for it)"), log);
    }

    @Test
    void theDefaultsOfAnEditionAreItsFilesOverCoresAndSeveralEditionsAreNoted() {
        Catalog catalog = new Catalog();
        catalog.installed = List.of(catalog.features.get("tierbench-core"),
                catalog.features.get("tierbench-edition-jade"));

        FeatureDefaults.Defaults jade = FeatureDefaults.of(catalog);

        assertEquals("tierbench-edition-jade", jade.edition().feature());
        assertEquals(Map.of("tierbench.tiering", "# jade policy\n", "tierbench.report.csv", "bom = true\n",
                "tierbench.classifier.abc", "revenue.a.threshold = 70\n", "tierbench.classifier.lifecycle",
                "new.days = 90\n", "tierbench.classifier.jade", "local.city = 杭州\n"),
                texts(jade));
        assertEquals(List.of(), jade.edition().notes());

        catalog.installed = List.of(catalog.features.get("tierbench-core"));
        assertEquals("revenue.a.threshold = 80\n", texts(FeatureDefaults.of(catalog)).get("tierbench.classifier.abc"));

        catalog.installed = List.of(catalog.features.get("tierbench-edition-jade"),
                catalog.features.get("tierbench-edition-ic"), catalog.features.get("tierbench-core"));
        FeatureDefaults.Defaults two = FeatureDefaults.of(catalog);
        assertEquals("tierbench-edition-ic", two.edition().feature());
        assertEquals(List.of("several editions are installed (tierbench-edition-ic, tierbench-edition-jade); the "
                + "defaults are tierbench-edition-ic's, and the files of the others may have overwritten some of "
                + "them"), two.edition().notes());

        catalog.installed = List.of();
        assertThrows(IllegalStateException.class, () -> FeatureDefaults.of(catalog));
    }

    private static Map<String, String> texts(FeatureDefaults.Defaults defaults) {
        Map<String, String> texts = new HashMap<>();
        defaults.files().forEach((pid, file) -> texts.put(pid, file.text()));
        return texts;
    }
}
