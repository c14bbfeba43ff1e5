package io.tierbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark on a small shop, built then reused: every shape's page must equal the reference statement's (the
 * benchmark throws otherwise), and the table must list every shape.
 */
class CustomerPageBenchmarkTest {

    @Test
    void everyShapeAnswersAsTheReferenceStatementOnAFreshAndOnAReusedDatabase() throws Exception {
        Path work = Paths.get("target/customer-page-test");
        deleteDirectory(work);
        for (String expected : new String[] {"RFM run", "reusing the database"}) {
            String output = run("600", "6000", work.toString(), "0", "1");
            assertTrue(output.contains(expected), output);
            assertTrue(output.contains("every page checked against the reference statement"), output);
            assertEquals(16, output.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| filter")
                    && !line.startsWith("| ---")).count(), output);
        }
    }

    private static String run(String... args) throws Exception {
        PrintStream standardOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CustomerPageBenchmark.main(args);
        } finally {
            System.setOut(standardOut);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        return output;
    }

    private static void deleteDirectory(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
