package io.tierbench.importer.csv.internal;

import io.tierbench.api.importer.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells UTF-8 from GB18030 by the file's first non-ASCII text. Chinese Excel saves "CSV" in the ANSI code page, GBK,
 * which GB18030 contains; anything else saves UTF-8, often with a byte-order mark. UTF-8 is tried first because its
 * byte patterns are strict: GBK text almost never passes as UTF-8, while most UTF-8 text also decodes as GB18030.
 * ASCII reads the same in both, so the sample starts where the first other byte is: a GBK sheet whose first
 * thousand rows are part numbers is still read as GBK.
 */
final class EncodingDetector {

    /** GB18030, which reads every GBK file. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int SAMPLE_BYTES = 1 << 16;
    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final int sampleBytes;

    EncodingDetector() {
        this(SAMPLE_BYTES);
    }

    /** @param sampleBytes how much of the start of a file is looked at */
    EncodingDetector(int sampleBytes) {
        this.sampleBytes = sampleBytes;
    }

    /**
     * @return UTF-8 or {@link #GB18030}
     * @throws ImportException when the start of the file is neither
     * @throws IOException when the file cannot be read
     */
    Charset detect(Path path, String file) throws ImportException, IOException {
        byte[] sample;
        boolean wholeFile;
        try (InputStream in = Files.newInputStream(path)) {
            sample = fromFirstNonAscii(in);
            wholeFile = in.read() < 0;
        }
        if (startsWithUtf8ByteOrderMark(sample) || decodes(sample, wholeFile, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(sample, wholeFile, GB18030)) {
            return GB18030;
        }
        throw new ImportException(file + ": the encoding is neither UTF-8 nor GB18030 (GBK); save the file as "
                + "\"CSV UTF-8\"");
    }

    /** @return up to {@code sampleBytes} bytes from the first byte that is not ASCII; empty for an ASCII file */
    private byte[] fromFirstNonAscii(InputStream in) throws IOException {
        byte[] chunk = new byte[sampleBytes];
        while (true) {
            int read = in.readNBytes(chunk, 0, chunk.length);
            int first = 0;
            while (first < read && chunk[first] >= 0) {
                first++;
            }
            if (first < read) {
                byte[] sample = new byte[sampleBytes];
                int kept = read - first;
                System.arraycopy(chunk, first, sample, 0, kept);
                kept += in.readNBytes(sample, kept, sampleBytes - kept);
                return kept == sampleBytes ? sample : Arrays.copyOf(sample, kept);
            }
            if (read < chunk.length) {
                return new byte[0];
            }
        }
    }

    private static boolean startsWithUtf8ByteOrderMark(byte[] sample) {
        return sample.length >= UTF8_BYTE_ORDER_MARK.length && sample[0] == UTF8_BYTE_ORDER_MARK[0]
                && sample[1] == UTF8_BYTE_ORDER_MARK[1] && sample[2] == UTF8_BYTE_ORDER_MARK[2];
    }

    /**
     * Decodes strictly. When the sample is only the start of the file, the last character may be cut in the middle:
     * decoding without end of input leaves such a tail undecoded instead of calling it malformed. A GBK sample whose
     * only non-ASCII byte is such a tail thus passes as UTF-8; reading then fails with a clear error, never garbles.
     */
    private static boolean decodes(byte[] sample, boolean wholeFile, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(sample.length + 1);
        CoderResult result = decoder.decode(in, out, wholeFile);
        if (result.isError()) {
            return false;
        }
        return !wholeFile || !decoder.flush(out).isError();
    }
}
