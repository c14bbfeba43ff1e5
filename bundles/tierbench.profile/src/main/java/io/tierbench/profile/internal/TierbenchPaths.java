package io.tierbench.profile.internal;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Karaf's folders: {@code etc/} (configuration FileInstall watches) and {@code data/tierbench/} (Tierbench's own). */
final class TierbenchPaths {

    private TierbenchPaths() {
    }

    static Path etc() {
        String etc = System.getProperty("karaf.etc");
        return etc != null ? Paths.get(etc) : base().resolve("etc");
    }

    static Path profileData() {
        String data = System.getProperty("karaf.data");
        return (data != null ? Paths.get(data) : base().resolve("data")).resolve("tierbench").resolve("profile");
    }

    static Path base() {
        return Paths.get(System.getProperty("karaf.base", "."));
    }
}
