package io.tierbench.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.config.Edition;
import io.tierbench.api.config.FileChange;
import io.tierbench.api.config.KeyChange;
import io.tierbench.api.config.ProfileApplication;
import io.tierbench.api.config.ProfileCheck;
import io.tierbench.api.config.ProfileProblem;
import io.tierbench.api.config.ProfileStatus;
import io.tierbench.api.config.ProfileStatus.Difference;
import io.tierbench.api.config.ProfileStatus.Origin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileReportTest {

    private static final Edition JADE = new Edition("tierbench-edition-jade", "0.1.0", List.of());

    @Test
    void theStatusShowsTheProfileTheEditionAndEachDifferenceWithItsSource() {
        ProfileStatus status = new ProfileStatus(new ProfileStatus.ActiveProfile("acme-jade", "Acme 翡翠", "",
                Paths.get("/srv/profiles/acme-jade"), Instant.parse("2026-07-01T08:00:00Z"), "tierbench-edition-jade",
                List.of("tierbench.classifier.abc")), JADE, List.of(new ProfileStatus.PidDifferences(
                "tierbench.classifier.abc", Paths.get("etc/tierbench.classifier.abc.cfg"), List.of(
                new Difference("window.days", "0", "730", Origin.EDITED),
                new Difference("revenue.a.threshold", "70", "60", Origin.PROFILE),
                new Difference("labels.zh", null, "甲类", Origin.EDITED_AFTER_PROFILE)))));

        assertEquals("""
                Active profile (当前客户配置): acme-jade, client (客户) Acme 翡翠
                  applied 2026-07-01 08:00:00 UTC on tierbench-edition-jade from /srv/profiles/acme-jade
                Edition (版本): tierbench-edition-jade 0.1.0

                Differences from the edition's defaults (与版本默认配置的差异):
                PID                      | Key (键)            | Edition (默认) | In force (当前) | Source (来源)
                -------------------------+---------------------+----------------+-----------------+------------------------------------------
                tierbench.classifier.abc | window.days         | 0              | 730             | edited by hand (手工修改)
                tierbench.classifier.abc | revenue.a.threshold | 70             | 60              | profile (客户配置)
                tierbench.classifier.abc | labels.zh           | (not set)      | 甲类            | edited after the profile (配置后手工修改)
                """, text(out -> ProfileReport.printStatus(status, out)));
    }

    @Test
    void aRefusedApplicationListsEveryProblemAndSaysNothingWasApplied() {
        ProfileCheck check = new ProfileCheck("acme-bad", Paths.get("/p/acme-bad"), JADE,
                List.of("tierbench.classifier.abc", "tierbench.tiering"), List.of(
                new ProfileProblem("tierbench.classifier.abc.cfg", "window.days", 1, 15, "'soon' is not an integer"),
                new ProfileProblem("tierbench.tiering.cfg", "rule.20", 1, 11,
                        "rule.20 (line 1, column 19): parsing error in '=>'")));

        assertEquals("""
                Profile (客户配置) acme-bad (/p/acme-bad) against tierbench-edition-jade: 2 configuration file(s)
                2 problem(s) (问题):
                  tierbench.classifier.abc.cfg:1:15: window.days: 'soon' is not an integer
                  tierbench.tiering.cfg:1:11: rule.20 (line 1, column 19): parsing error in '=>'
                Nothing was applied (未应用): correct the files and try again.
                """, text(out -> ProfileReport.printApplication(new ProfileApplication(check, false, null,
                List.of()), out)));
    }

    @Test
    void anApplicationListsEachFileAndKeyChanged() {
        ProfileCheck check = new ProfileCheck("acme-jade", Paths.get("/p/acme-jade"), JADE,
                List.of("tierbench.classifier.abc"), List.of());
        ProfileApplication application = new ProfileApplication(check, true, Instant.parse("2026-07-01T08:00:00Z"),
                List.of(new FileChange("tierbench.classifier.abc", Paths.get("etc/tierbench.classifier.abc.cfg"),
                        FileChange.Action.UPDATED, List.of(new KeyChange("revenue.a.threshold", "70", "60")))));

        assertEquals("""
                Applied profile (已应用客户配置) acme-jade on tierbench-edition-jade at 2026-07-01 08:00:00 UTC:
                  UPDATED etc/tierbench.classifier.abc.cfg
                    revenue.a.threshold: 70 -> 60
                The running configuration follows within seconds (FileInstall); see tierbench:profile.
                """, text(out -> ProfileReport.printApplication(application, out)));
    }

    private static String text(java.util.function.Consumer<PrintStream> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            print.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
