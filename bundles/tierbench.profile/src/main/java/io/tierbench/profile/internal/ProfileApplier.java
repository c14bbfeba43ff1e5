package io.tierbench.profile.internal;

import io.tierbench.api.config.FileChange;
import io.tierbench.api.config.KeyChange;
import io.tierbench.api.config.ProfileApplication;
import io.tierbench.profile.internal.ActiveProfileStore.ActiveRecord;
import io.tierbench.profile.internal.FeatureDefaults.Defaults;
import io.tierbench.profile.internal.ProfileChecker.MergedFile;
import io.tierbench.profile.internal.ProfileChecker.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes a checked profile into {@code etc/}, all files or none: every file about to be replaced is first copied to
 * a backup folder, and if any write fails the files already written are put back (or removed, when they did not
 * exist) before the error is raised.
 */
final class ProfileApplier {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final ConfigDirectory etc;
    private final ActiveProfileStore store;
    private final Clock clock;

    ProfileApplier(ConfigDirectory etc, ActiveProfileStore store, Clock clock) {
        this.etc = etc;
        this.store = store;
        this.clock = clock;
    }

    /** One file to write ({@code after}) or delete ({@code after == null}). */
    private record Step(String pid, String fileName, Optional<String> before, String after, FileChange.Action action) {
    }

    /**
     * @param result a check without problems
     * @param previous the profile applied before, whose PIDs this one does not configure are put back to defaults
     */
    ProfileApplication apply(Result result, Defaults defaults, Optional<ActiveRecord> previous) {
        if (!result.check().valid()) {
            return new ProfileApplication(result.check(), false, null, List.of());
        }
        Instant now = clock.instant();
        try {
            List<Step> steps = plan(result, defaults, previous);
            Path backup = backup(steps, now);
            List<Step> done = new ArrayList<>();
            try {
                for (Step step : steps) {
                    done.add(step);
                    if (step.after() == null) {
                        etc.delete(step.fileName());
                    } else {
                        etc.write(step.fileName(), step.after());
                    }
                }
                store.write(record(result, now));
            } catch (IOException | RuntimeException e) {
                rollBack(done, e);
                throw new UncheckedIOException("applying profile " + result.check().profile() + " failed ("
                        + e.getMessage() + "); every file already written was put back (copies in " + backup + ")",
                        e instanceof IOException io ? io : new IOException(e));
            }
            return new ProfileApplication(result.check(), true, now, steps.stream().map(this::change).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("applying profile " + result.check().profile() + " failed before any "
                    + "file was written: " + e.getMessage(), e);
        }
    }

    private List<Step> plan(Result result, Defaults defaults, Optional<ActiveRecord> previous) throws IOException {
        List<Step> steps = new ArrayList<>();
        for (MergedFile file : result.files()) {
            String name = file.pid() + ".cfg";
            Optional<String> before = etc.read(name);
            steps.add(new Step(file.pid(), name, before, file.text(), before.isPresent() ? FileChange.Action.UPDATED
                    : FileChange.Action.CREATED));
        }
        if (previous.isPresent()) {
            for (String pid : previous.get().pids()) {
                if (result.files().stream().anyMatch(file -> file.pid().equals(pid))) {
                    continue;
                }
                String name = pid + ".cfg";
                Optional<String> before = etc.read(name);
                Optional<FeatureDefaults.DefaultFile> edition = defaults.of(pid);
                if (edition.isPresent() && !before.equals(Optional.of(edition.get().text()))) {
                    steps.add(new Step(pid, name, before, edition.get().text(), FileChange.Action.RESET));
                } else if (edition.isEmpty() && before.isPresent()) {
                    steps.add(new Step(pid, name, before, null, FileChange.Action.DELETED));
                }
            }
        }
        return steps;
    }

    private Path backup(List<Step> steps, Instant now) throws IOException {
        Path folder = store.folder().resolve("backup").resolve(STAMP.format(now));
        for (Step step : steps) {
            if (step.before().isPresent()) {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve(step.fileName()), step.before().get(), StandardCharsets.UTF_8);
            }
        }
        return folder;
    }

    private void rollBack(List<Step> done, Exception failure) {
        for (Step step : done) {
            try {
                if (step.before().isPresent()) {
                    etc.write(step.fileName(), step.before().get());
                } else {
                    etc.delete(step.fileName());
                }
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private ActiveRecord record(Result result, Instant now) {
        Map<String, Map<String, String>> digests = new TreeMap<>();
        for (MergedFile file : result.files()) {
            Map<String, String> keys = new TreeMap<>();
            file.profile().cfg().values().forEach((key, value) -> keys.put(key, ActiveProfileStore.digest(value)));
            digests.put(file.pid(), keys);
        }
        ProfileFolder.Description description = result.folder().description();
        return new ActiveRecord(description.name(), description.client(), description.description(),
                result.folder().folder(), now, result.check().edition().feature(), digests);
    }

    private FileChange change(Step step) {
        Map<String, String> before = values(step.before().orElse(""));
        Map<String, String> after = values(step.after() == null ? "" : step.after());
        List<KeyChange> keys = new ArrayList<>();
        after.forEach((key, value) -> {
            if (!Objects.equals(before.get(key), value)) {
                keys.add(new KeyChange(key, before.get(key), value));
            }
        });
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                keys.add(new KeyChange(key, value, null));
            }
        });
        return new FileChange(step.pid(), etc.path(step.fileName()), step.action(), keys);
    }

    static Map<String, String> values(String text) {
        try {
            return CfgFile.parse(text).values();
        } catch (CfgFile.UnreadableException e) {
            return new LinkedHashMap<>();
        }
    }
}
