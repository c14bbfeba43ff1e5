package io.tierbench.profile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.config.Edition;
import io.tierbench.api.config.ProfileApplication;
import io.tierbench.api.config.ProfileStatus;
import io.tierbench.api.config.ProfileStatus.Difference;
import io.tierbench.api.config.ProfileStatus.Origin;
import io.tierbench.profile.internal.FeatureDefaults.DefaultFile;
import io.tierbench.profile.internal.FeatureDefaults.Defaults;
import io.tierbench.tiering.internal.PolicyConfigurationValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shipped example profile applies cleanly over the jade edition's real files, checked by the tier policy's own
 * validator, and changes exactly the keys it lists.
 */
class ExampleProfileTest {

    private static final Path EXAMPLE = Paths.get("src/main/profile-example/acme-jade");
    private static final Path CFG = Paths.get("../../features/src/main/cfg");

    @Test
    void theExampleAppliesOverTheJadeEditionAndChangesExactlyItsKeys() throws Exception {
        Map<String, DefaultFile> files = new TreeMap<>();
        for (String pid : List.of("tierbench.tiering", "tierbench.classifier.abc", "tierbench.classifier.lifecycle")) {
            files.put(pid, new DefaultFile(pid, "${karaf.etc}/" + pid + ".cfg", "jade",
                    Files.readString(CFG.resolve("jade").resolve(pid + ".cfg"))));
        }
        files.put("tierbench.classifier.rfm", new DefaultFile("tierbench.classifier.rfm", "", "core",
                Files.readString(CFG.resolve("tierbench.classifier.rfm.cfg"))));
        Defaults jade = new Defaults(new Edition("tierbench-edition-jade", "0.1.0", List.of()), files);
        ProfileFixture home = new ProfileFixture("example");
        ValidatorEntries validators = new ValidatorEntries();
        validators.add(new PolicyConfigurationValidator(), Map.of("tierbench.config.validator.pid",
                "tierbench.tiering"));
        validators.add(new ColumnMappingValidator(), Map.of("tierbench.config.validator.pid",
                "tierbench.importer.mapping"));
        files.forEach((pid, file) -> home.writeEtc(pid, file.text()));
        ProfileManager manager = new ProfileManager(() -> jade, pid -> Optional.empty(), validators,
                new ConfigDirectory(home.etc), new ActiveProfileStore(home.data),
                Clock.fixed(Instant.parse("2026-07-01T08:00:00Z"), ZoneOffset.UTC));

        ProfileApplication application = manager.apply(EXAMPLE);

        assertTrue(application.applied(), application.check().problems().toString());
        assertEquals("acme-jade", application.check().profile());
        String tiering = home.etcText("tierbench.tiering");
        // every comment line of the edition's policy is still there
        assertEquals(files.get("tierbench.tiering").text().lines().filter(line -> line.startsWith("#")).toList(),
                tiering.lines().filter(line -> line.startsWith("#") && !line.startsWith("# A single piece")
                        && !line.startsWith("# Acme")).toList());
        ProfileStatus status = manager.status();
        assertEquals(List.of("tierbench.classifier.abc", "tierbench.importer.mapping-acme", "tierbench.tiering"),
                status.differences().stream().map(ProfileStatus.PidDifferences::pid).toList());
        assertEquals(List.of(new Difference("revenue.a.threshold", "70", "65", Origin.PROFILE)),
                status.differences().get(0).differences());
        assertEquals(List.of("rule.20", "rule.30", "tag.大额消费"), status.differences().get(2).differences().stream()
                .map(Difference::key).toList());
        assertEquals(6, status.differences().get(1).differences().size());
    }
}
