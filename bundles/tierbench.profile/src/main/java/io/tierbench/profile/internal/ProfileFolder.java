package io.tierbench.profile.internal;

import io.tierbench.api.config.ProfileProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A client profile as found in its folder: the optional {@code profile.properties} and one file per PID,
 * {@code <pid>.cfg} or {@code <factoryPid>-<name>.cfg} (FileInstall's naming), in name order.
 *
 * @param folder the folder, absolute
 * @param description what {@code profile.properties} says
 * @param files the files that could be read
 * @param problems files that could not be read, or that are not profile files
 */
record ProfileFolder(Path folder, Description description, List<ProfileFile> files, List<ProfileProblem> problems) {

    static final String DESCRIPTION_FILE = "profile.properties";
    private static final Set<String> DESCRIPTION_KEYS = Set.of("name", "client", "description");

    /** The profile's name (the folder's when not given), client and description. */
    record Description(String name, String client, String description) {
    }

    /**
     * @param fileName e.g. {@code tierbench.importer.mapping-acme.cfg}
     * @param pid the file's name without {@code .cfg}: the PID, or for a factory configuration its alias
     * @param factoryPid the factory PID, or {@code null}
     * @param cfg the file's content
     */
    record ProfileFile(String fileName, String pid, String factoryPid, CfgFile cfg) {

        /** @return the PID metatype and validators know the file's configuration by */
        String definitionPid() {
            return factoryPid == null ? pid : factoryPid;
        }
    }

    /** @throws UncheckedIOException when the folder cannot be listed */
    static ProfileFolder read(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<ProfileProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(absolute)) {
            problems.add(new ProfileProblem("", "", 0, 0, "no such folder: " + absolute));
            return new ProfileFolder(absolute, new Description(absolute.getFileName().toString(), "", ""), List.of(),
                    problems);
        }
        Description description = description(absolute, problems);
        List<ProfileFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(absolute)) {
            for (Path path : entries.sorted().toList()) {
                String name = path.getFileName().toString();
                if (name.endsWith(".cfg") && Files.isRegularFile(path)) {
                    file(path, problems).ifPresent(files::add);
                } else if (!name.equals(DESCRIPTION_FILE) && !name.startsWith(".") && !name.startsWith("README")) {
                    problems.add(new ProfileProblem(name, "", 0, 0, "is not a profile file: a profile holds "
                            + "<pid>.cfg files, " + DESCRIPTION_FILE + " and a README; move it elsewhere"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the profile folder " + absolute, e);
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new ProfileProblem("", "", 0, 0, "the folder " + absolute + " holds no .cfg file"));
        }
        return new ProfileFolder(absolute, description, files, problems);
    }

    private static java.util.Optional<ProfileFile> file(Path path, List<ProfileProblem> problems) {
        String name = path.getFileName().toString();
        String base = name.substring(0, name.length() - ".cfg".length());
        int dash = base.indexOf('-');
        String factoryPid = dash > 0 ? base.substring(0, dash) : null;
        if (base.isEmpty() || dash == 0 || dash == base.length() - 1) {
            problems.add(new ProfileProblem(name, "", 0, 0, "is not named <pid>.cfg or <factoryPid>-<name>.cfg"));
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new ProfileFile(name, base, factoryPid, CfgFile.parse(Files.readAllBytes(path))));
        } catch (CfgFile.UnreadableException e) {
            problems.add(new ProfileProblem(name, "", e.line(), 0, e.getMessage()));
        } catch (IOException e) {
            problems.add(new ProfileProblem(name, "", 0, 0, "cannot be read: " + e.getMessage()));
        }
        return java.util.Optional.empty();
    }

    private static Description description(Path folder, List<ProfileProblem> problems) {
        String fallback = folder.getFileName().toString();
        Path file = folder.resolve(DESCRIPTION_FILE);
        if (!Files.isRegularFile(file)) {
            return new Description(fallback, "", "");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            problems.add(new ProfileProblem(DESCRIPTION_FILE, "", 0, 0, "cannot be read as UTF-8: " + e.getMessage()));
            return new Description(fallback, "", "");
        }
        properties.stringPropertyNames().stream().filter(key -> !DESCRIPTION_KEYS.contains(key)).sorted()
                .forEach(key -> problems.add(new ProfileProblem(DESCRIPTION_FILE, key, 0, 0,
                        "unknown key (expected name, client, description)")));
        String name = properties.getProperty("name", "").strip();
        return new Description(name.isEmpty() ? fallback : name, properties.getProperty("client", "").strip(),
                properties.getProperty("description", "").strip());
    }
}
