package io.tierbench.profile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.config.ProfileApplication;
import io.tierbench.api.config.ProfileCheck;
import io.tierbench.api.config.ProfileProblem;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A profile is refused as a whole, every problem named by file, key, line and column, and nothing is written. */
class ProfileCheckTest {

    @Test
    void everyProblemOfEveryFileIsNamedAndNothingIsWritten() throws Exception {
        ProfileFixture home = new ProfileFixture("check-bad");
        Path folder = home.profile("acme-bad",
                "profile.properties", "name = acme-bad\n",
                "tierbench.classifier.abc.cfg", "window.days = soon\nmethod = weekly\nrevenue.a.treshold = 60\n",
                "tierbench.unknown.cfg", "a = 1\n",
                "tierbench.tiering.cfg", "rule.20 = facts.total_spend => 50000 -> gold\n",
                "tierbench.engine.cfg", "classifiers.disabled = abc\n",
                "tierbench.importer.mapping-acme.cfg", "name = acme\ncolumn.card_no = 会员卡号\n");
        Files.write(folder.resolve("tierbench.report.csv.cfg"),
                "bom = true\ndelimiter = \u9017\u53f7\n".getBytes(Charset.forName("GBK")));
        Map<String, String> before = home.etcSnapshot();

        ProfileApplication application = home.manager().apply(folder);

        ProfileCheck check = application.check();
        List<String> problems = check.problems().stream().map(ProfileProblem::toString).toList();
        assertEquals(List.of(
                "tierbench.report.csv.cfg:2: is not UTF-8 (line 2); save it as UTF-8",
                "tierbench.classifier.abc.cfg:1:15: window.days: 'soon' is not an integer",
                "tierbench.classifier.abc.cfg:2:10: method: 'weekly' is not one of revenue, count",
                "tierbench.classifier.abc.cfg:3:22: revenue.a.treshold: unknown key (tierbench.classifier.abc has "
                        + "method, revenue.a.threshold, revenue.b.threshold, window.days)",
                problems.get(4),
                "tierbench.tiering.cfg:1:11: rule.20 (line 1, column 19): parsing error in '=>'",
                "tierbench.unknown.cfg: unknown PID tierbench.unknown: no installed bundle defines it in metatype, no "
                        + "configuration validator claims it and the edition has no such file (the edition "
                        + "tierbench-edition-jade configures tierbench.classifier.abc, tierbench.engine, "
                        + "tierbench.tiering)",
                "tierbench.engine.cfg:1:24: classifiers.disabled: rule.10 reads classifier abc, which "
                        + "tierbench.engine.cfg disables (classifiers.disabled): enable it, or change the rule"),
                problems);
        assertTrue(problems.get(4).startsWith("tierbench.importer.mapping-acme.cfg:2:18: column.card_no: names no "
                + "column; columns are "), problems.get(4));
        assertEquals("acme-bad", check.profile());
        assertEquals(List.of("tierbench.report.csv.cfg", "tierbench.classifier.abc.cfg",
                "tierbench.importer.mapping-acme.cfg", "tierbench.tiering.cfg", "tierbench.unknown.cfg",
                "tierbench.engine.cfg"), List.copyOf(check.problemsByFile().keySet()));
        assertFalse(application.applied());
        assertEquals(before, home.etcSnapshot());
        assertFalse(Files.exists(home.data.resolve(ActiveProfileStore.FILE)));
    }

    @Test
    void aPolicyReadingAClassifierTheProfileDisablesIsRefusedAtTheRule() {
        ProfileFixture home = new ProfileFixture("check-cross");
        Path folder = home.profile("lean",
                "tierbench.engine.cfg", "classifiers.disabled = satisfaction; clv\n",
                "tierbench.tiering.cfg", "# Acme\nrule.30 = facts.total_spend > 0 &&\\\n  clv.historical == \"top\" "
                        + "-> gold\ntag.满意 = satisfaction.level == \"clv.high\"\n");

        ProfileCheck check = home.manager().check(folder);

        assertEquals(List.of(
                "tierbench.tiering.cfg:2:11: rule.30 reads classifier clv, which tierbench.engine.cfg "
                        + "disables (classifiers.disabled): enable it, or change the rule",
                "tierbench.tiering.cfg:4:10: tag.满意 reads classifier satisfaction, which "
                        + "tierbench.engine.cfg disables (classifiers.disabled): enable it, or change the rule"),
                check.problems().stream().map(ProfileProblem::toString).toList());
    }

    @Test
    void aValidProfileHasNoProblem() {
        ProfileFixture home = new ProfileFixture("check-good");
        ProfileCheck check = home.manager().check(home.profile("acme",
                "tierbench.classifier.abc.cfg", "revenue.a.threshold = 60\nwindow.days = 730\n"));
        assertEquals(List.of(), check.problems());
        assertEquals(List.of("tierbench.classifier.abc"), check.pids());
        assertEquals("tierbench-edition-jade", check.edition().feature());
    }
}
