package io.tierbench.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A copy of the built distribution, started as a server with bin/start and driven through bin/client, exactly as a
 * user would. Waits poll with a deadline: every poll is a client round trip, which paces itself.
 */
final class KarafProcess implements AutoCloseable {

    private static final String USER = "itest";

    private final Path home;
    private final int sshPort;
    private final String password;

    private KarafProcess(Path home, int sshPort, String password) {
        this.home = home;
        this.sshPort = sshPort;
        this.password = password;
    }

    static KarafProcess start(Path assembly, Path home) throws IOException, InterruptedException {
        deleteRecursively(home);
        Files.createDirectories(home.getParent());
        run(List.of("cp", "-a", assembly.toString(), home.toString()), home.getParent(), Duration.ofMinutes(1));
        int port = FreePort.find();
        Path shellConfig = home.resolve("etc/org.apache.karaf.shell.cfg");
        Files.writeString(shellConfig, Files.readString(shellConfig).replace("sshPort = 8101", "sshPort = " + port));
        // The workbench's HTTP port, free too, so servers of several tests (or a developer's) never collide.
        Path webConfig = home.resolve("etc/org.ops4j.pax.web.cfg");
        if (Files.exists(webConfig)) {
            Files.writeString(webConfig, Files.readString(webConfig).replaceAll("(?m)^org\\.osgi\\.service\\.http\\.port *=.*$",
                    "org.osgi.service.http.port = " + FreePort.find()));
        }
        String password = Long.toHexString(System.nanoTime()) + Integer.toHexString(port);
        run(List.of("bin/tierbench-user", USER, password), home, Duration.ofSeconds(30));
        KarafProcess karaf = new KarafProcess(home, port, password);
        try {
            karaf.boot();
        } catch (AssertionError first) {
            // Karaf's first boot now and then deadlocks while refreshing its own bundles (KARAF-6089); the state it
            // had reached is kept in data/, and a second start completes it.
            karaf.destroy(first);
            karaf.boot();
        }
        return karaf;
    }

    private void boot() throws IOException, InterruptedException {
        run(List.of("bin/start"), home, Duration.ofSeconds(60));
        try {
            awaitOutput(Duration.ofSeconds(90), output -> output.contains("rfm"), "tierbench:classifiers");
        } catch (AssertionError | IOException | RuntimeException e) {
            // Nobody else will stop a server that never became usable, and bin/stop cannot reach one stuck in its boot.
            destroy(e);
            throw e;
        }
    }

    private void destroy(Throwable cause) {
        try {
            long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).trim());
            ProcessHandle.of(pid).ifPresent(process -> {
                process.destroyForcibly();
                process.onExit().join();
            });
        } catch (IOException | NumberFormatException e) {
            cause.addSuppressed(e);
        }
    }

    Path home() {
        return home;
    }

    /** Adds a user of the shell and the workbench with bin/tierbench-user, as README tells a user to. */
    void addUser(String name, String password, String role) throws IOException, InterruptedException {
        run(List.of("bin/tierbench-user", name, password, role), home, Duration.ofSeconds(30));
    }

    /** @return the workbench's base URL, e.g. {@code http://localhost:40123} */
    String webUrl() throws IOException {
        String config = Files.readString(home.resolve("etc/org.ops4j.pax.web.cfg"));
        java.util.regex.Matcher port = java.util.regex.Pattern
                .compile("(?m)^org\\.osgi\\.service\\.http\\.port *= *(\\d+)").matcher(config);
        if (!port.find()) {
            throw new IllegalStateException("no HTTP port in " + home.resolve("etc/org.ops4j.pax.web.cfg"));
        }
        return "http://localhost:" + port.group(1);
    }

    /** Runs shell commands in one client session and returns what they printed. */
    String execute(String... commands) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bin/client", "-a", String.valueOf(sshPort), "-u", USER, "-p",
                password, "-r", "3", "-d", "1", "-b").directory(home.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("client did not finish: " + String.join("; ", commands));
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    /** Repeats the commands until their output satisfies the condition, or fails at the deadline. */
    String awaitOutput(Duration timeout, Predicate<String> condition, String... commands)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String output = "";
        while (Instant.now().isBefore(deadline)) {
            output = execute(commands);
            if (condition.test(output)) {
                return output;
            }
        }
        throw new AssertionError("condition not met within " + timeout + " for " + String.join("; ", commands)
                + "; last output:\n" + output);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("bin/stop"), home, Duration.ofSeconds(60));
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Process status = new ProcessBuilder("bin/status").directory(home.toFile()).redirectErrorStream(true)
                    .start();
            status.getInputStream().readAllBytes();
            if (status.waitFor() != 0) {
                return;
            }
        }
        throw new IllegalStateException("Karaf at " + home + " did not stop within 60 s");
    }

    private static void run(List<String> command, Path directory, Duration timeout)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(path)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.delete(paths.get(i));
        }
    }
}
