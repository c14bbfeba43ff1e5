package io.tierbench.shell.internal;

import io.tierbench.api.config.Edition;
import io.tierbench.api.config.FileChange;
import io.tierbench.api.config.KeyChange;
import io.tierbench.api.config.ProfileApplication;
import io.tierbench.api.config.ProfileCheck;
import io.tierbench.api.config.ProfileProblem;
import io.tierbench.api.config.ProfileStatus;
import io.tierbench.api.config.ProfileStatus.Difference;
import io.tierbench.api.config.ProfileStatus.PidDifferences;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Client profiles as text: the status with its differences, a check's problems, what an application wrote. */
final class ProfileReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int WIDTH = 48;

    private ProfileReport() {
    }

    static void printStatus(ProfileStatus status, PrintStream out) {
        if (status.activeProfile().isEmpty()) {
            out.println("Active profile (当前客户配置): none applied (未应用)");
        } else {
            ProfileStatus.ActiveProfile active = status.active();
            out.println("Active profile (当前客户配置): " + active.name()
                    + (active.client().isEmpty() ? "" : ", client (客户) " + active.client()));
            if (!active.description().isEmpty()) {
                out.println("  " + active.description());
            }
            out.println("  applied " + TIME.format(active.appliedAt()) + " on " + active.edition() + " from "
                    + active.folder());
        }
        printEdition(status.edition(), out);
        out.println();
        if (status.differences().isEmpty()) {
            out.println("The configuration in force is the edition's defaults (与版本默认配置一致).");
            return;
        }
        out.println("Differences from the edition's defaults (与版本默认配置的差异):");
        TextTable table = new TextTable("PID", "Key (键)", "Edition (默认)", "In force (当前)", "Source (来源)");
        for (PidDifferences pid : status.differences()) {
            for (Difference difference : pid.differences()) {
                table.addRow(pid.pid(), difference.key(), shown(difference.editionValue()),
                        shown(difference.currentValue()), source(difference.origin()));
            }
        }
        table.print(out);
    }

    static void printCheck(ProfileCheck check, PrintStream out) {
        out.println("Profile (客户配置) " + check.profile() + " (" + check.folder() + ") against "
                + check.edition().feature() + ": " + check.pids().size() + " configuration file(s)");
        check.edition().notes().forEach(note -> out.println("  note: " + note));
        if (check.valid()) {
            out.println("No problems (检查通过): " + String.join(", ", check.pids()));
            return;
        }
        out.println(check.problems().size() + " problem(s) (问题):");
        for (Map.Entry<String, List<ProfileProblem>> file : check.problemsByFile().entrySet()) {
            for (ProfileProblem problem : file.getValue()) {
                out.println("  " + problem);
            }
        }
    }

    static void printApplication(ProfileApplication application, PrintStream out) {
        if (!application.applied()) {
            printCheck(application.check(), out);
            out.println("Nothing was applied (未应用): correct the files and try again.");
            return;
        }
        ProfileCheck check = application.check();
        out.println("Applied profile (已应用客户配置) " + check.profile() + " on " + check.edition().feature() + " at "
                + TIME.format(application.appliedAt()) + ":");
        check.edition().notes().forEach(note -> out.println("  note: " + note));
        for (FileChange change : application.changes()) {
            out.println("  " + change.action() + " " + change.file() + (change.keys().isEmpty()
                    ? " (no value changed)" : ""));
            for (KeyChange key : change.keys()) {
                out.println("    " + key.key() + ": " + shown(key.before()) + " -> " + shown(key.after()));
            }
        }
        if (application.changes().isEmpty()) {
            out.println("  nothing to write: the files already hold the profile");
        }
        out.println("The running configuration follows within seconds (FileInstall); see tierbench:profile.");
    }

    private static void printEdition(Edition edition, PrintStream out) {
        out.println("Edition (版本): " + edition.feature() + " " + edition.version());
        edition.notes().forEach(note -> out.println("  note: " + note));
    }

    private static String source(ProfileStatus.Origin origin) {
        return switch (origin) {
            case PROFILE -> "profile (客户配置)";
            case EDITED_AFTER_PROFILE -> "edited after the profile (配置后手工修改)";
            case EDITED -> "edited by hand (手工修改)";
        };
    }

    /** A value on one line, shortened; "(not set)" when absent. */
    static String shown(String value) {
        if (value == null) {
            return "(not set)";
        }
        String line = value.replace("\n", " ").replace("\r", " ");
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 1) + "…";
    }
}
