package io.tierbench.profile.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.utils.properties.Properties;

/**
 * A {@code .cfg} file read as FileInstall reads it (UTF-8, Felix utils' properties format), with its layout (comments
 * and order, for merging) and where each key is written (for problems).
 *
 * @param text the file's text
 * @param layout the file as Felix utils keeps it, comments and raw lines included
 * @param values key to value, in file order
 * @param entries key to the lines of its entry and the column of its value
 */
record CfgFile(String text, Properties layout, Map<String, String> values, Map<String, KeyPositions.Entry> entries) {

    /** Thrown when a file is not UTF-8 or not in the properties format. */
    static final class UnreadableException extends Exception {

        private static final long serialVersionUID = 1L;

        private final int line;

        UnreadableException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /**
     * @throws UnreadableException when the bytes are not UTF-8 (naming the line) or the text does not parse
     */
    static CfgFile parse(byte[] bytes) throws UnreadableException {
        return parse(decode(bytes));
    }

    static CfgFile parse(String text) throws UnreadableException {
        Properties layout = new Properties(false);
        try {
            layout.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new UnreadableException(0, "does not parse as a .cfg file: " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        layout.forEach(values::put);
        return new CfgFile(text, layout, values, KeyPositions.of(text));
    }

    /** @return the line and column (1-based) of a key's value, or {0, 0} when it is not in the file */
    int[] position(String key) {
        KeyPositions.Entry entry = entries.get(key);
        return entry == null ? new int[] {0, 0} : new int[] {entry.firstLine() + 1, entry.valueColumn()};
    }

    /** @return the comment lines just above the key's entry, as written */
    List<String> comments(String key) {
        List<String> comments = layout.getComments(key);
        return comments == null ? List.of() : comments;
    }

    /** @return the key's entry as written, continuation lines included */
    List<String> entryLines(String key) {
        KeyPositions.Entry entry = entries.get(key);
        String[] lines = KeyPositions.lines(text);
        return List.of(lines).subList(entry.firstLine(), entry.lastLine() + 1);
    }

    private static String decode(byte[] bytes) throws UnreadableException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1 + firstBadLine(bytes);
            throw new UnreadableException(line, "is not UTF-8 (line " + line + "); save it as UTF-8");
        }
    }

    /** @return the 0-based line of the first byte sequence that is not UTF-8 */
    private static int firstBadLine(byte[] bytes) {
        int line = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }
}
