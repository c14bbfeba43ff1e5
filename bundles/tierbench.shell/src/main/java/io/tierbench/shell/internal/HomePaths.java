package io.tierbench.shell.internal;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Paths typed in the shell: relative ones are resolved against the Tierbench home directory, not the JVM's. */
final class HomePaths {

    private HomePaths() {
    }

    static Path resolve(String name) {
        Path path = Paths.get(name);
        return path.isAbsolute() ? path : Paths.get(System.getProperty("karaf.base", ".")).resolve(path).normalize();
    }
}
