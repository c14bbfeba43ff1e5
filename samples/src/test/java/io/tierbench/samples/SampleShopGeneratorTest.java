package io.tierbench.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SampleShopGeneratorTest {

    private static final ShopParameters SMALL = new ShopParameters(500, 6000, 7L, LocalDate.of(2025, 12, 31));

    @Test
    void sameParametersGiveTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
        Path first = Path.of("target", "determinism", "first");
        Path second = Path.of("target", "determinism", "second");
        Path otherSeed = Path.of("target", "determinism", "other-seed");
        SampleShopGenerator.generate(SMALL, first);
        SampleShopGenerator.generate(SMALL, second);
        SampleShopGenerator.generate(new ShopParameters(500, 6000, 8L, SMALL.endDate()), otherSeed);

        for (String name : new String[] {"customers.csv", "orders.csv", "interactions.csv"}) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
            assertFalse(Arrays.equals(Files.readAllBytes(first.resolve(name)),
                    Files.readAllBytes(otherSeed.resolve(name))), name);
        }
    }

    @Test
    void summaryCountsTheRowsWritten() throws IOException {
        Path directory = Path.of("target", "summary");
        SampleShopGenerator.Summary summary = SampleShopGenerator.generate(SMALL, directory);

        assertEquals(summary.customers() + 1, Files.readAllLines(directory.resolve("customers.csv")).size());
        assertEquals(summary.orders() + 1, Files.readAllLines(directory.resolve("orders.csv")).size());
        assertEquals(summary.interactions() + 1, Files.readAllLines(directory.resolve("interactions.csv")).size());
        assertTrue(Math.abs(summary.orders() - 6000) < 1200, "orders " + summary.orders());
    }

    @Test
    void argumentsAfterTheDirectoryDefaultToTheDemo() {
        assertEquals(ShopParameters.DEMO, SampleShopGenerator.parameters(new String[] {"out"}));
        assertEquals(new ShopParameters(1000, 20000, 5L, LocalDate.of(2026, 6, 30)),
                SampleShopGenerator.parameters(new String[] {"out", "1000", "20000", "5"}));
        assertEquals(new ShopParameters(10, 100, 1L, LocalDate.of(2024, 12, 31)),
                SampleShopGenerator.parameters(new String[] {"out", "10", "100", "1", "2024-12-31"}));
        assertThrows(IllegalArgumentException.class,
                () -> SampleShopGenerator.parameters(new String[] {"out", "0"}));
        assertThrows(NumberFormatException.class,
                () -> SampleShopGenerator.parameters(new String[] {"out", "many"}));
    }
}
