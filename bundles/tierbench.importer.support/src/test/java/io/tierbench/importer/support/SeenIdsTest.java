package io.tierbench.importer.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeenIdsTest {

    @Test
    void acceptsEachIdOnceAcrossGrowth() {
        SeenIds seen = new SeenIds();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(seen.add("O" + i), "first O" + i);
        }
        for (int i = 0; i < 200_000; i++) {
            assertFalse(seen.add("O" + i), "second O" + i);
        }
        assertTrue(seen.add("o0"));
        assertTrue(seen.add(""));
        assertFalse(seen.add(""));
    }
}
