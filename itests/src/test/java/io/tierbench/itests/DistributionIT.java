package io.tierbench.itests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built distribution, started as a server: a plugin built outside the reactor and dropped into deploy/ is used by
 * the next run and gone when removed; an edit of etc/tierbench.classifier.rfm.cfg changes the next run. No restart.
 */
class DistributionIT {

    private static final String AS_OF = "2026-06-30";
    private static final Duration FILE_INSTALL_DEADLINE = Duration.ofSeconds(60);

    private static KarafProcess karaf;

    @BeforeAll
    static void startDistributionWithSampleShop() throws Exception {
        karaf = KarafProcess.start(Paths.get(System.getProperty("tierbench.assembly")),
                Paths.get(System.getProperty("tierbench.work")));
        String imported = karaf.execute(
                "tierbench:import samples/customers.csv samples/orders.csv samples/interactions.csv");
        assertTrue(imported.contains("Repository now holds"), imported);
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void aPluginDroppedIntoDeployIsUsedByTheNextRunAndGoneOnceRemoved() throws Exception {
        Path plugin = Paths.get(System.getProperty("tierbench.example.plugin"));
        Path deployed = karaf.home().resolve("deploy").resolve(plugin.getFileName());
        Files.copy(plugin, deployed, StandardCopyOption.REPLACE_EXISTING);

        String listed = karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> out.contains("big-spender"),
                "tierbench:classifiers");
        assertTrue(listed.contains("com.example.big-spender-classifier") || listed.contains("big-spender-classifier"),
                listed);
        String run = karaf.execute("tierbench:classify --as-of " + AS_OF);
        assertTrue(run.contains("big-spender / spend"), run);
        assertTrue(run.contains("Big spender") && run.contains("大额客户"), run);
        assertTrue(run.contains("rfm / segment"), run);

        Files.delete(deployed);
        karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> !out.contains("big-spender") && out.contains("rfm"),
                "tierbench:classifiers");
        String after = karaf.execute("tierbench:classify --as-of " + AS_OF);
        assertFalse(after.contains("big-spender"), after);
        assertTrue(after.contains("rfm / segment"), after);
    }

    @Test
    void editingTheRfmConfigurationFileChangesTheNextRun() throws Exception {
        Path config = karaf.home().resolve("etc/tierbench.classifier.rfm.cfg");
        String original = Files.readString(config);
        String before = karaf.execute("tierbench:classify --as-of " + AS_OF);
        assertTrue(before.contains("冠军客户"), before);
        try {
            Files.writeString(config, original + "\nsegment.labels.zh = Champions=王牌客户\n");
            String changed = karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> out.contains("王牌客户"),
                    "tierbench:classify --as-of " + AS_OF);
            assertFalse(changed.contains("冠军客户"), changed);
        } finally {
            Files.writeString(config, original);
        }
        karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> out.contains("冠军客户"),
                "tierbench:classify --as-of " + AS_OF);
    }

    @Test
    void eachClassifierBundleCanBeRemovedWhileTheOthersClassifyAndThenReinstalled() throws Exception {
        List<String> classifiers = List.of("abc", "clv", "lifecycle", "rfm", "satisfaction");
        String all = karaf.execute("tierbench:classify --as-of " + AS_OF);
        classifiers.forEach(id -> assertTrue(all.contains(id + " / "), id + " missing before removal:\n" + all));

        for (String removed : classifiers) {
            String bundle = "tierbench.classifier." + removed;
            String without = karaf.execute("bundle:uninstall " + bundle, "tierbench:classify --as-of " + AS_OF);
            assertFalse(without.contains(removed + " / "), removed + " still labels after removal:\n" + without);
            classifiers.stream().filter(id -> !id.equals(removed)).forEach(id -> assertTrue(
                    without.contains(id + " / "), id + " stopped classifying when " + removed + " left:\n" + without));

            karaf.execute("bundle:install -s mvn:io.tierbench/" + bundle + "/" + System.getProperty("tierbench.version"));
            karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> out.contains(removed + " / "),
                    "tierbench:classify --as-of " + AS_OF);
        }
    }
}
