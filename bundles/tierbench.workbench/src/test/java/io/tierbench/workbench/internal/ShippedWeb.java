package io.tierbench.workbench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The web folder as the bundle ships it: {@code target/classes/web}, where the resources and bnd's copy of ECharts
 * are by the time tests run.
 */
final class ShippedWeb {

    static final Path ROOT = Path.of("target", "classes", "web");
    /** The vendored library, checked on its own terms. */
    static final Path ECHARTS = ROOT.resolve("lib/echarts.min.js");

    private ShippedWeb() {
    }

    /** @return every shipped file, sorted */
    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the workbench's own modules: every .js file except the vendored ECharts */
    static List<Path> modules() {
        return files().stream().filter(file -> file.toString().endsWith(".js") && !file.equals(ECHARTS)).toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the path below the web folder, with forward slashes */
    static String name(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }
}
