package io.tierbench.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

    @Test
    void createsTheFolderAndReplacesAnEarlierReport() throws IOException {
        Path file = folder("replace").resolve("nested/report.csv");
        ReportFiles.write(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        ReportFiles.write(file, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));

        assertEquals("second", Files.readString(file));
        assertEquals(List.of(file.getFileName()), names(file.getParent()));
        Path plain = Files.createFile(file.resolveSibling("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
                "a report gets the permissions of any new file, not those of a private temporary file");
    }

    @Test
    void aFailedReportLeavesTheEarlierOneAndNoPartFile() throws IOException {
        Path file = folder("failed").resolve("report.csv");
        ReportFiles.write(file, out -> out.write("earlier".getBytes(StandardCharsets.UTF_8)));
        IOException diskFull = new IOException("No space left on device");

        IOException thrown = assertThrows(IOException.class, () -> ReportFiles.write(file, out -> {
            out.write("half a rep".getBytes(StandardCharsets.UTF_8));
            throw new UncheckedIOException(diskFull);
        }));

        assertSame(diskFull, thrown);
        assertEquals("earlier", Files.readString(file));
        assertEquals(List.of(file.getFileName()), names(file.getParent()));
    }

    private static Path folder(String name) throws IOException {
        Path folder = ReportFixture.outputFolder(ReportFilesTest.class).resolve(name);
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
        return folder;
    }

    private static List<Path> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName).toList();
        }
    }
}
