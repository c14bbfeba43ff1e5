package io.tierbench.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jade edition installed into a running core distribution with feature:install, offline and without a restart:
 * its classifier, policy, classifier settings and sample shop arrive, the jade sample gets jade tiers and tags, a
 * client profile is checked, refused when wrong, applied live and shown; feature:uninstall takes the classifier away
 * and puts core's configuration back in etc/ and in force.
 */
class JadeEditionIT {

    private static final String AS_OF = "2026-06-30";
    private static final Duration FILE_INSTALL_DEADLINE = Duration.ofSeconds(60);

    private static KarafProcess karaf;

    @BeforeAll
    static void startCoreDistribution() throws Exception {
        Path work = Paths.get(System.getProperty("tierbench.work"));
        karaf = KarafProcess.start(Paths.get(System.getProperty("tierbench.assembly")),
                work.resolveSibling(work.getFileName() + "-jade"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void theJadeEditionInstalledLiveGivesTheJadeSampleJadeTiersAndTags() throws Exception {
        Path policy = karaf.home().resolve("etc/tierbench.tiering.cfg");
        assertFalse(Files.readString(policy).contains("收藏客户"), "the core policy is in force before the install");

        String installed = karaf.execute("feature:install tierbench-edition-jade", "feature:list -i");
        assertTrue(installed.contains("tierbench-edition-jade"), installed);
        karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> out.contains("jade"), "tierbench:classifiers");
        assertTrue(Files.readString(policy).contains("tag.外地客户 = customer.city != \"杭州\""), "jade policy in etc/");
        assertTrue(Files.isRegularFile(karaf.home().resolve("samples/jade/customers.csv")));
        karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> out.contains("收藏客户") && out.contains("专属顾问"),
                "tierbench:policy");
        karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> out.contains("revenue.a.threshold = 70")
                && out.contains("churn.horizon.days = 730"), "tierbench:classifiers");

        String imported = karaf.execute(
                "tierbench:import samples/jade/customers.csv samples/jade/orders.csv samples/jade/interactions.csv");
        assertTrue(imported.contains("Repository now holds 200 customers, 499 orders, 363 interactions"), imported);
        String run = karaf.execute("tierbench:classify --as-of " + AS_OF, "tierbench:tiers");
        assertTrue(run.contains("钻石") && run.contains("待挽回") && run.contains("外地客户"), run);

        // J0065 (杭州, 投资) spent 371,500 yuan, last on 2026-06-28: diamond by rule.20.
        String diamond = karaf.execute("tierbench:customer J0065");
        assertTrue(diamond.contains("tier / tier: Diamond (钻石)") && diamond.contains("rule.20"), diamond);
        // J0015 (温州, 投资) bought one raw stone of 366,250 yuan on 2023-05-08, 1149 days before the as-of date,
        // more than the jade churn horizon of 730 days: churned with value, so win back by rule.10, not diamond.
        String winBack = karaf.execute("tierbench:customer J0015");
        assertTrue(winBack.contains("tier / tier: Win back (待挽回)") && winBack.contains("rule.10"), winBack);
        // J0003 (昆明) spent 51,330 yuan in three purchases, the last 502 days ago: gold by rule.30.
        String gold = karaf.execute("tierbench:customer J0003");
        assertTrue(gold.contains("tier / tier: Gold (金)") && gold.contains("rule.30"), gold);

        String jade = karaf.execute("tierbench:customer J0065");
        assertTrue(jade.contains("jade / preference: Investor (投资)") && jade.contains("imported"), jade);

        clientProfileCheckedRefusedAppliedAndShown();
        uninstallPutsCoresConfigurationBack();
    }

    private void clientProfileCheckedRefusedAppliedAndShown() throws Exception {
        String fresh = karaf.execute("tierbench:profile");
        assertTrue(fresh.contains("tierbench-edition-jade") && fresh.contains("none applied"), fresh);
        String check = karaf.execute("tierbench:profile-check profiles/acme-jade");
        assertTrue(check.contains("No problems"), check);

        // A profile with a wrong value type, a policy rule that does not parse and a disabled classifier the policy
        // reads: every problem named, nothing written.
        Path bad = karaf.home().resolve("profiles/bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("tierbench.classifier.abc.cfg"), "window.days = soon\n");
        Files.writeString(bad.resolve("tierbench.tiering.cfg"), "rule.20 = facts.total_spend => 1 -> gold\n");
        Files.writeString(bad.resolve("tierbench.engine.cfg"), "classifiers.disabled = abc\n");
        Path abc = karaf.home().resolve("etc/tierbench.classifier.abc.cfg");
        String abcBefore = Files.readString(abc);
        String refused = karaf.execute("tierbench:profile-apply profiles/bad");
        assertTrue(refused.contains("tierbench.classifier.abc.cfg:1:15: window.days") && refused.contains("soon"),
                refused);
        assertTrue(refused.contains("tierbench.tiering.cfg:1:") && refused.contains("rule.20"), refused);
        assertTrue(refused.contains("classifiers.disabled") && refused.contains("abc"), refused);
        assertTrue(refused.contains("Nothing was applied"), refused);
        assertEquals(abcBefore, Files.readString(abc), "nothing written");

        String applied = karaf.execute("tierbench:profile-apply profiles/acme-jade");
        assertTrue(applied.contains("Applied profile") && applied.contains("revenue.a.threshold: 70 -> 65"), applied);
        karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> out.contains("facts.total_spend >= 150000"),
                "tierbench:policy");
        karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> out.contains("revenue.a.threshold = 65"),
                "tierbench:classifiers");
        String status = karaf.execute("tierbench:profile");
        assertTrue(status.contains("acme-jade") && status.contains("revenue.a.threshold"), status);
    }

    private void uninstallPutsCoresConfigurationBack() throws Exception {
        String uninstalled = karaf.execute("feature:uninstall tierbench-edition-jade", "feature:list -i");
        assertFalse(uninstalled.contains("tierbench-edition-jade"), uninstalled);
        assertTrue(uninstalled.contains("tierbench-core"), uninstalled);
        Path coreDefaults = Paths.get(System.getProperty("tierbench.features.cfg"));
        for (String file : new String[] {"tierbench.tiering.cfg", "tierbench.classifier.abc.cfg",
                "tierbench.classifier.lifecycle.cfg"}) {
            assertEquals(Files.readString(coreDefaults.resolve(file)),
                    Files.readString(karaf.home().resolve("etc").resolve(file)), file + " is core's again");
        }
        assertFalse(Files.exists(karaf.home().resolve("etc/tierbench.classifier.jade.cfg")));
        karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> out.contains("rfm.segment =~ [\"potential-loyalist\""),
                "tierbench:policy");
        karaf.awaitOutput(FILE_INSTALL_DEADLINE, out -> !out.contains("jade") && out.contains("rfm"),
                "tierbench:classifiers");
        String classified = karaf.execute("tierbench:classify --as-of " + AS_OF);
        assertFalse(classified.contains("jade /"), classified);
        assertTrue(classified.contains("Gold") && !classified.contains("钻石"), classified);
    }
}
