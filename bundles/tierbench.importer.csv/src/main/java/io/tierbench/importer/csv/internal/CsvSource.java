package io.tierbench.importer.csv.internal;

import io.tierbench.api.importer.ImportException;
import io.tierbench.importer.support.RowSource;
import io.tierbench.importer.support.TabularRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of a CSV file, read one at a time, each with the line it starts on (the parser only knows where a
 * record ends, so the line breaks inside its quoted fields are counted back). The encoding (UTF-8 or GB18030) is
 * detected from the start of the file and the delimiter (comma, semicolon or tab) from the header row. A byte-order
 * mark is skipped, blank lines are ignored, and a file that is cut off or not in its encoding fails as a whole.
 */
final class CsvSource implements RowSource {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int BUFFER_CHARS = 1 << 16;
    private static final Logger LOG = LoggerFactory.getLogger(CsvSource.class);

    private final String file;
    private final Charset charset;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RecordRow row = new RecordRow();
    private List<String> header = List.of();
    private CSVRecord current;
    private long currentLine;
    private long lastEndLine;

    private final boolean endsWithLineBreak;

    private CsvSource(String file, Charset charset, CSVParser parser, boolean endsWithLineBreak) {
        this.file = file;
        this.charset = charset;
        this.parser = parser;
        this.records = parser.iterator();
        this.endsWithLineBreak = endsWithLineBreak;
    }

    /**
     * @throws ImportException when the file is missing, cannot be read, or its start is neither UTF-8 nor GB18030
     */
    static CsvSource open(Path path) throws ImportException {
        String file = fileName(path);
        BufferedReader reader = null;
        Charset charset = null;
        try {
            charset = new EncodingDetector().detect(path, file);
            // Files.newBufferedReader decodes strictly: bytes that are not in the charset fail, never turn into '?'.
            reader = new BufferedReader(Files.newBufferedReader(path, charset), BUFFER_CHARS);
            skipByteOrderMark(reader);
            char delimiter = DelimiterDetector.detect(reader, BUFFER_CHARS);
            LOG.info("{}: reading as {} with delimiter {}", file, charset, delimiterName(delimiter));
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
            return new CsvSource(file, charset, format.parse(reader), endsWithLineBreak(path));
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file (" + path + ")", e);
        } catch (CharacterCodingException e) {
            closeQuietly(reader, e);
            throw notInCharset(file, charset, e);
        } catch (IOException e) {
            closeQuietly(reader, e);
            throw new ImportException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** @return the file's name, as used in messages and row errors */
    static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public List<String> readHeader() throws ImportException {
        if (!next()) {
            throw new ImportException(file + ": the file is empty; its first row must be the header");
        }
        header = current.toList();
        return header;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() throws ImportException {
        try {
            if (!records.hasNext()) {
                return false;
            }
            current = records.next();
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        }
        long endLine = parser.getCurrentLineNumber();
        // A record ending on the line after the previous one has no line break inside: skip the scan.
        currentLine = endLine == lastEndLine + 1 ? endLine : endLine - lineBreaksIn(current);
        lastEndLine = endLine;
        row.record = current;
        refuseCutOffLastRow();
        return true;
    }

    /**
     * A file cut off inside an unquoted field parses as a last row with too few fields and no line break after it.
     * That is the whole file's error, not the row's: storing the rows before it would store half a file.
     */
    private void refuseCutOffLastRow() throws ImportException {
        if (endsWithLineBreak || header.isEmpty() || current.size() >= header.size() || hasNextRecord()) {
            return;
        }
        throw new ImportException(file + ": row " + currentLine + ": the file is cut off: its last row has "
                + current.size() + " of the header's " + header.size() + " fields and no line break after it");
    }

    private boolean hasNextRecord() throws ImportException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        }
    }

    private static boolean endsWithLineBreak(Path path) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            long size = channel.size();
            if (size == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(size - 1).read(last);
            byte b = last.get(0);
            return b == '\n' || b == '\r';
        }
    }

    @Override
    public TabularRow row() {
        return row;
    }

    @Override
    public long rowNumber() {
        return currentLine;
    }

    @Override
    public boolean fixedWidth() {
        return true;
    }

    @Override
    public void close() throws ImportException {
        try {
            parser.close();
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be closed: " + e.getMessage(), e);
        }
    }

    private ImportException unreadable(IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return notInCharset(file, charset, cause);
        }
        return new ImportException(file + ": row " + (lastEndLine + 1) + ": the file is cut off or not valid CSV "
                + "here (" + cause.getMessage() + ")", cause);
    }

    /**
     * The start of the file was valid in the charset and later bytes are not: a damaged file or one pasted together
     * from two encodings. No row is named: the text is decoded a buffer ahead of the parser, so the row is not known.
     */
    private static ImportException notInCharset(String file, Charset charset, IOException cause) {
        return new ImportException(file + ": not " + charset + " text: its start reads as " + charset
                + " but later bytes do not; save the file as \"CSV UTF-8\"", cause);
    }

    private static String delimiterName(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }

    /** Counts line breaks as the parser does: CR LF, a lone CR and a lone LF each end one line. */
    private static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (int field = 0; field < record.size(); field++) {
            String value = record.get(field);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    /** The current record as a row; one instance, pointed at each record in turn. */
    private static final class RecordRow implements TabularRow {

        private CSVRecord record;

        @Override
        public int size() {
            return record.size();
        }

        @Override
        public String get(int position) {
            return record.get(position);
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
    }

    private static void closeQuietly(BufferedReader reader, IOException failure) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
