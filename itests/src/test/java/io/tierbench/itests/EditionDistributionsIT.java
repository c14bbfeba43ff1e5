package io.tierbench.itests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each vertical edition's own distribution (distribution/editions/NAME), started as a user would, running the demo
 * script it ships in samples/NAME/demo.script on its own sample data, and showing the edition's tiers. The customers
 * checked were worked out by hand from the sample CSV files.
 */
class EditionDistributionsIT {

    @Test
    void theJadeDistributionBootsWithTheJadePolicyAndItsDemoGivesJadeTiers() throws Exception {
        String demo = runDemo("jade");
        assertTrue(demo.contains("Repository now holds 200 customers, 499 orders, 363 interactions"), demo);
        // The jade tiers, in the jade policy's order of the tier table.
        for (String tier : List.of("钻石", "金", "银", "普通", "待挽回")) {
            assertTrue(demo.contains(tier), tier + " in\n" + demo);
        }
        // J0065 (杭州, 投资) spent 371,500 yuan in six purchases, the last on 2026-06-28: diamond by rule.20.
        assertTrue(demo.contains("tier / tier: Diamond (钻石)") && demo.contains("rule.20"), demo);
    }

    /** Starts the edition's distribution, runs its demo script in one client session and returns what it printed. */
    private static String runDemo(String edition) throws IOException, InterruptedException {
        Path assembly = Paths.get(System.getProperty("tierbench.editions")).resolve(edition).resolve("target/assembly");
        Path work = Paths.get(System.getProperty("tierbench.work"));
        try (KarafProcess karaf = KarafProcess.start(assembly, work.resolveSibling(work.getFileName() + "-" + edition))) {
            Path script = karaf.home().resolve("samples").resolve(edition).resolve("demo.script");
            String output = karaf.execute(Files.readAllLines(script).toArray(String[]::new));
            assertFalse(output.contains("Error executing command") || output.contains("Command not found")
                    || output.contains("Import failed"), output);
            assertTrue(Files.size(karaf.home().resolve("reports/dashboard.html")) > 0, "dashboard written");
            return output;
        }
    }
}
