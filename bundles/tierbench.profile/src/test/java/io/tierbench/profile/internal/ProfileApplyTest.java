package io.tierbench.profile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.config.FileChange;
import io.tierbench.api.config.KeyChange;
import io.tierbench.api.config.ProfileApplication;
import io.tierbench.api.config.ProfileStatus;
import io.tierbench.api.config.ProfileStatus.Difference;
import io.tierbench.api.config.ProfileStatus.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Applying writes exactly the merged files; the status tells the profile's values from later hand edits. */
class ProfileApplyTest {

    static final String ACME_ABC = "# Acme: A is the top 60 % of revenue.\nrevenue.a.threshold = 60\n";
    static final String ACME_TIERING = "rule.20 = facts.total_spend >= 80000 -> gold\n# Acme's own VIP tag\n"
            + "tag.VIP = facts.total_spend >= 200000\n";
    static final String ACME_MAPPING = "# Acme's till export\nname = acme\ncolumn.external_id = 会员卡号 | 卡号\n";

    private static Path acme(ProfileFixture home) {
        return home.profile("acme-jade",
                "profile.properties", "name = acme-jade\nclient = Acme 翡翠\ndescription = Acme's thresholds\n",
                "tierbench.classifier.abc.cfg", ACME_ABC,
                "tierbench.tiering.cfg", ACME_TIERING,
                "tierbench.importer.mapping-acme.cfg", ACME_MAPPING);
    }

    @Test
    void applyWritesExactlyTheMergedFilesAndTheStatusListsExactlyTheChangedKeys() throws Exception {
        ProfileFixture home = new ProfileFixture("apply");
        String engineBefore = home.etcText("tierbench.engine");

        ProfileApplication application = home.manager().apply(acme(home));

        assertTrue(application.applied(), application.check().problems().toString());
        assertEquals(ProfileFixture.ABC.replace("revenue.a.threshold = 70", "revenue.a.threshold = 60"),
                home.etcText("tierbench.classifier.abc"));
        assertEquals(ProfileFixture.TIERING.replace("rule.20 = facts.total_spend >= 50000 -> gold",
                "rule.20 = facts.total_spend >= 80000 -> gold")
                + "# Acme's own VIP tag\ntag.VIP = facts.total_spend >= 200000\n", home.etcText("tierbench.tiering"));
        assertEquals(ACME_MAPPING, home.etcText("tierbench.importer.mapping-acme"));
        assertEquals(engineBefore, home.etcText("tierbench.engine"));
        assertEquals(Map.of(
                "tierbench.classifier.abc", "UPDATED [KeyChange[key=revenue.a.threshold, before=70, after=60]]",
                "tierbench.importer.mapping-acme", "CREATED [KeyChange[key=name, before=null, after=acme], "
                        + "KeyChange[key=column.external_id, before=null, after=会员卡号 | 卡号]]",
                "tierbench.tiering", "UPDATED [KeyChange[key=rule.20, before=facts.total_spend >= 50000 -> gold, "
                        + "after=facts.total_spend >= 80000 -> gold], KeyChange[key=tag.VIP, before=null, "
                        + "after=facts.total_spend >= 200000]]"),
                describe(application.changes()));

        ProfileStatus status = home.manager().status();

        assertEquals("acme-jade", status.active().name());
        assertEquals("Acme 翡翠", status.active().client());
        assertEquals(home.now, status.active().appliedAt());
        assertEquals("tierbench-edition-jade", status.edition().feature());
        assertEquals(Map.of(
                "tierbench.classifier.abc", List.of(new Difference("revenue.a.threshold", "70", "60", Origin.PROFILE)),
                "tierbench.importer.mapping-acme", List.of(new Difference("name", null, "acme", Origin.PROFILE),
                        new Difference("column.external_id", null, "会员卡号 | 卡号", Origin.PROFILE)),
                "tierbench.tiering", List.of(new Difference("rule.20", "facts.total_spend >= 50000 -> gold",
                        "facts.total_spend >= 80000 -> gold", Origin.PROFILE),
                        new Difference("tag.VIP", null, "facts.total_spend >= 200000", Origin.PROFILE))),
                differences(status));
    }

    @Test
    void aHandEditAfterApplyingShowsAsDrift() throws Exception {
        ProfileFixture home = new ProfileFixture("drift");
        home.manager().apply(acme(home));
        home.writeEtc("tierbench.classifier.abc", home.etcText("tierbench.classifier.abc")
                .replace("window.days = 0", "window.days = 730")
                .replace("revenue.a.threshold = 60", "revenue.a.threshold = 65"));
        home.writeEtc("tierbench.tiering", home.etcText("tierbench.tiering")
                .replace("facts.total_spend >= 80000", "facts.total_spend >= 50000"));

        ProfileStatus status = home.manager().status();

        assertEquals(List.of(new Difference("window.days", "0", "730", Origin.EDITED),
                new Difference("revenue.a.threshold", "70", "65", Origin.EDITED_AFTER_PROFILE)),
                differences(status).get("tierbench.classifier.abc"));
        // rule.20 is back to the edition's value: no longer a difference from the edition, but not the profile's
        assertEquals(List.of(new Difference("rule.20", "facts.total_spend >= 50000 -> gold",
                "facts.total_spend >= 50000 -> gold", Origin.EDITED_AFTER_PROFILE),
                new Difference("tag.VIP", null, "facts.total_spend >= 200000", Origin.PROFILE)),
                differences(status).get("tierbench.tiering"));
    }

    @Test
    void theNextProfilePutsBackWhatThePreviousOneSetAndThisOneDoesNot() throws Exception {
        ProfileFixture home = new ProfileFixture("next");
        home.manager().apply(acme(home));

        ProfileApplication next = home.manager().apply(home.profile("beta",
                "tierbench.classifier.abc.cfg", "method = count\n"));

        assertEquals(Map.of(
                "tierbench.classifier.abc", "UPDATED [KeyChange[key=method, before=revenue, after=count], "
                        + "KeyChange[key=revenue.a.threshold, before=60, after=70]]",
                "tierbench.importer.mapping-acme", "DELETED [KeyChange[key=name, before=acme, after=null], "
                        + "KeyChange[key=column.external_id, before=会员卡号 | 卡号, after=null]]",
                "tierbench.tiering", "RESET [KeyChange[key=rule.20, before=facts.total_spend >= 80000 -> gold, "
                        + "after=facts.total_spend >= 50000 -> gold], KeyChange[key=tag.VIP, "
                        + "before=facts.total_spend >= 200000, after=null]]"),
                describe(next.changes()));
        assertEquals(ProfileFixture.TIERING, home.etcText("tierbench.tiering"));
        assertFalse(Files.exists(home.etc.resolve("tierbench.importer.mapping-acme.cfg")));
        assertEquals(Map.of("tierbench.classifier.abc", List.of(
                new Difference("method", "revenue", "count", Origin.PROFILE))), differences(home.manager().status()));
    }

    @Test
    void aFailedWritePutsBackEveryFileAlreadyWritten() throws Exception {
        ProfileFixture home = new ProfileFixture("rollback");
        Map<String, String> before = home.etcSnapshot();
        ConfigDirectory failing = new ConfigDirectory(home.etc) {
            @Override
            void write(String fileName, String text) throws IOException {
                if (fileName.equals("tierbench.tiering.cfg") && text.contains("tag.VIP")) {
                    throw new IOException("disk full");
                }
                super.write(fileName, text);
            }
        };

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> home.manager(failing).apply(acme(home)));

        assertTrue(e.getMessage().startsWith("applying profile acme-jade failed (disk full); every file already "
                + "written was put back"), e.getMessage());
        // abc and the mapping were written before tiering failed: abc is back, the new mapping is gone
        assertEquals(before, home.etcSnapshot());
        assertFalse(Files.exists(home.data.resolve(ActiveProfileStore.FILE)));
        assertEquals(ProfileFixture.ABC, Files.readString(home.data.resolve("backup/20260701-080000-000/"
                + "tierbench.classifier.abc.cfg")));
    }

    private static Map<String, String> describe(List<FileChange> changes) {
        return changes.stream().collect(Collectors.toMap(FileChange::pid,
                change -> change.action() + " " + change.keys().stream().map(KeyChange::toString).toList()));
    }

    private static Map<String, List<Difference>> differences(ProfileStatus status) {
        return status.differences().stream().collect(Collectors.toMap(ProfileStatus.PidDifferences::pid,
                ProfileStatus.PidDifferences::differences));
    }
}
