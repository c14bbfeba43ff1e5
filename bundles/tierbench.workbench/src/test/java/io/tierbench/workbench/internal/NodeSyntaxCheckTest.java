package io.tierbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses every shipped module as an ECMAScript module with Node.js ({@code node --check}) when this machine has
 * Node; the build never needs it, so without Node the test is skipped. Each module is copied to a {@code .mjs} file
 * under {@code target/} so that Node reads it as a module.
 */
class NodeSyntaxCheckTest {

    private static final Path COPIES = Path.of("target", "node-check");

    @BeforeAll
    static void nodeIsThere() {
        assumeTrue(nodeVersion() != null, "node is not on the PATH: the syntax check by Node is skipped");
    }

    @Test
    void everyModuleParses() throws Exception {
        Files.createDirectories(COPIES);
        List<String> failures = new ArrayList<>();
        List<Path> modules = ShippedWeb.modules();
        for (Path module : modules) {
            String output = check(ShippedWeb.name(module), ShippedWeb.read(module));
            if (output != null) {
                failures.add(ShippedWeb.name(module) + ":\n" + output);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(modules.size() >= 15);
    }

    @Test
    void aSyntaxErrorIsSeen() throws Exception {
        Files.createDirectories(COPIES);
        String output = check("broken.js", "import {h} from './dom.js';\nexport function f( {\n");
        assertTrue(output != null && output.contains("SyntaxError"), String.valueOf(output));
    }

    /** @return Node's complaint, or null when the module parses */
    private static String check(String name, String text) throws IOException, InterruptedException {
        Path copy = COPIES.resolve(name.replace('/', '_') + ".mjs");
        Files.writeString(copy, text, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("node", "--check", copy.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "node --check did not end");
        return process.exitValue() == 0 ? null : output;
    }

    private static String nodeVersion() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? version : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
