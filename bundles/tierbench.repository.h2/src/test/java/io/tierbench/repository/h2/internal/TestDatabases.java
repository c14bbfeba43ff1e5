package io.tierbench.repository.h2.internal;

import java.nio.file.Path;
import java.util.UUID;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/** Databases for tests: each test gets its own, written under {@code target/} or kept in memory. */
final class TestDatabases {

    /** Small, so that every test also crosses batch boundaries. */
    static final int BATCH_SIZE = 3;

    private TestDatabases() {
    }

    static H2Database inMemory() {
        return open("jdbc:h2:mem:" + UUID.randomUUID());
    }

    /** @return a file path under target/ that no other test uses */
    static Path newFileLocation(String name) {
        return Path.of("target", "h2-tests", name + "-" + UUID.randomUUID(), "tierbench").toAbsolutePath();
    }

    static H2Database file(Path location) {
        return open("jdbc:h2:file:" + location);
    }

    static H2Database open(String url) {
        return new H2Database(new OsgiDataSourceFactory(new Driver()), new H2Settings(url, "sa", "", BATCH_SIZE));
    }
}
