package io.tierbench.profile.internal;

import io.tierbench.api.config.ConfigurationValidator;
import io.tierbench.api.config.Edition;
import io.tierbench.profile.internal.ConfigurationSchemas.Attribute;
import io.tierbench.profile.internal.ConfigurationSchemas.Schema;
import io.tierbench.profile.internal.ConfigurationSchemas.Type;
import io.tierbench.profile.internal.FeatureDefaults.DefaultFile;
import io.tierbench.profile.internal.FeatureDefaults.Defaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A Tierbench home under target/: etc/ with the jade edition's files as installed, data/, and the defaults, metatype
 * and validators a profile is checked against.
 */
final class ProfileFixture {

    static final String ABC = """
            # ABC (Pareto) classifier (PID tierbench.classifier.abc). Edits apply to the next run.
            # Revenue counted: 0 = all history up to the as-of date.
            window.days = 0
            method = revenue
            # Jade: A at 70 %, B at 90 %.
            revenue.a.threshold = 70
            revenue.b.threshold = 90
            """;
    static final String TIERING = """
            # Tier policy (分级策略, PID tierbench.tiering).
            tiers = gold; regular
            tier.gold = Gold | 金
            tier.regular = Regular | 普通
            default.tier = regular
            # Rules, first that holds wins.
            rule.10 = abc["class"] == "a" -> gold
            rule.20 = facts.total_spend >= 50000 -> gold
            tag.大额消费 = facts.max_order >= 10000
            """;
    static final String ENGINE = """
            # Classification engine (PID tierbench.engine).
            classifiers.disabled =
            """;

    final Path home;
    final Path etc;
    final Path data;
    final Map<String, String> defaultTexts = new TreeMap<>();
    final ValidatorEntries validators = new ValidatorEntries();
    Instant now = Instant.parse("2026-07-01T08:00:00Z");

    ProfileFixture(String name) {
        home = Paths.get("target", "test-work", name + "-" + System.nanoTime()).toAbsolutePath();
        etc = home.resolve("etc");
        data = home.resolve("data/tierbench/profile");
        defaultTexts.put("tierbench.classifier.abc", ABC);
        defaultTexts.put("tierbench.tiering", TIERING);
        defaultTexts.put("tierbench.engine", ENGINE);
        defaultTexts.forEach(this::writeEtc);
        // The policy's own validator lives in tierbench.tiering; this one refuses what the tests call invalid.
        validators.add(policyValidator(), Map.of("tierbench.config.validator.pid", "tierbench.tiering"));
        validators.add(new ColumnMappingValidator(),
                Map.of("tierbench.config.validator.pid", new String[] {"tierbench.importer.mapping"}));
    }

    /** Refuses a condition holding "=>" the way the JEXL parser does: the key, then line and column. */
    static ConfigurationValidator policyValidator() {
        return (pid, properties) -> {
            List<String> problems = new ArrayList<>();
            new TreeMap<>(properties).forEach((key, value) -> {
                int at = value.toString().indexOf("=>");
                if (key.startsWith("rule.") && at >= 0) {
                    problems.add(key + " (line 1, column " + (at + 1) + "): parsing error in '=>'");
                }
            });
            return problems;
        };
    }

    Defaults defaults() {
        Map<String, DefaultFile> files = new TreeMap<>();
        defaultTexts.forEach((pid, text) -> files.put(pid, new DefaultFile(pid, "${karaf.etc}/" + pid + ".cfg",
                "mvn:io.tierbench/tierbench-features/0.1.0/cfg/" + pid, text)));
        return new Defaults(new Edition("tierbench-edition-jade", "0.1.0", List.of()), files);
    }

    ConfigurationSchemas schemas() {
        Map<String, Schema> schemas = Map.of(
                "tierbench.classifier.abc", new Schema("tierbench.classifier.abc", false, Map.of(
                        "window.days", new Attribute("window.days", Type.INTEGER, 0, List.of(),
                                value -> Integer.parseInt(value) < 0 ? "value " + value + " is lower than 0" : null),
                        "method", new Attribute("method", Type.STRING, 0, List.of("revenue", "count"), v -> null),
                        "revenue.a.threshold", new Attribute("revenue.a.threshold", Type.STRING),
                        "revenue.b.threshold", new Attribute("revenue.b.threshold", Type.STRING))),
                "tierbench.engine", new Schema("tierbench.engine", false, Map.of(
                        "classifiers.disabled", new Attribute("classifiers.disabled", Type.STRING))));
        return pid -> Optional.ofNullable(schemas.get(pid));
    }

    ProfileManager manager() {
        return manager(new ConfigDirectory(etc));
    }

    ProfileManager manager(ConfigDirectory directory) {
        return new ProfileManager(this::defaults, schemas(), validators, directory, new ActiveProfileStore(data),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** @param files file name, then content, repeated */
    Path profile(String name, String... files) {
        Path folder = home.resolve("profiles").resolve(name);
        for (int i = 0; i < files.length; i += 2) {
            write(folder.resolve(files[i]), files[i + 1]);
        }
        return folder;
    }

    void writeEtc(String pid, String text) {
        write(etc.resolve(pid + ".cfg"), text);
    }

    String etcText(String pid) {
        try {
            return Files.readString(etc.resolve(pid + ".cfg"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every file under etc/ with its content, to show nothing was written */
    Map<String, String> etcSnapshot() {
        Map<String, String> snapshot = new TreeMap<>();
        try (Stream<Path> files = Files.list(etc)) {
            for (Path file : files.toList()) {
                snapshot.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return snapshot;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
