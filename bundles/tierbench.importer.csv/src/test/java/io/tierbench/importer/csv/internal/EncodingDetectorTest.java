package io.tierbench.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tierbench.api.importer.ImportException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The encoding is judged from a sample of the file's start; a character cut by the sample's end is no error. */
class EncodingDetectorTest {

    private static final int SAMPLE = 16;

    private final TestFiles files = new TestFiles(EncodingDetectorTest.class);
    private final EncodingDetector detector = new EncodingDetector(SAMPLE);

    @Test
    void utf8CharacterCutAtTheEndOfTheSampleIsStillUtf8() throws Exception {
        // 14 ASCII bytes, then 张 (E5 BC A0) takes bytes 15 to 17: the sample ends inside it.
        assertDetected(StandardCharsets.UTF_8, "cut-utf8.csv", "abcdefghijklmn张伟\n", StandardCharsets.UTF_8);
    }

    @Test
    void gb18030CharacterCutAtTheEndOfTheSampleIsStillGb18030() throws Exception {
        // 张 (D5 C5, not UTF-8) and 13 ASCII bytes, then 伟 (CE B0) takes bytes 16 and 17: the sample ends inside it.
        assertDetected(EncodingDetector.GB18030, "cut-gbk.csv", "张abcdefghijklm伟\n",
                EncodingDetector.GB18030);
    }

    @Test
    void asciiIsUtf8() throws Exception {
        assertDetected(StandardCharsets.UTF_8, "ascii.csv", "external_id,name\nC1,Zhang Wei\n",
                StandardCharsets.US_ASCII);
    }

    @Test
    void emptyFileIsUtf8SoThatItIsReportedAsEmpty() throws Exception {
        assertEquals(StandardCharsets.UTF_8, detector.detect(files.bytes("empty.csv", new byte[0]), "empty.csv"));
    }

    @Test
    void characterBrokenOffAtTheEndOfTheFileIsAnError() {
        // A lead byte with nothing after it: unlike the end of a sample, the end of the file cuts no character.
        Path file = files.bytes("broken.csv", new byte[] {'a', (byte) 0xE5});

        ImportException e = assertThrows(ImportException.class, () -> detector.detect(file, "broken.csv"));

        assertEquals("broken.csv: the encoding is neither UTF-8 nor GB18030 (GBK); save the file as \"CSV UTF-8\"",
                e.getMessage());
    }

    private void assertDetected(Charset expected, String name, String text, Charset written)
            throws ImportException, IOException {
        Path file = files.bytes(name, text.getBytes(written));

        assertEquals(expected, detector.detect(file, name));
    }
}
