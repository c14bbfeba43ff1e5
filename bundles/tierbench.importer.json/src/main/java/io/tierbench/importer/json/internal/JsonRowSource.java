package io.tierbench.importer.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.tierbench.api.importer.ImportException;
import io.tierbench.importer.support.RowSource;
import io.tierbench.importer.support.TabularRow;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of a JSON file as rows, read with Jackson's streaming parser one object at a time: a top-level array
 * of objects, an object whose one array field holds them (<code>{"customers": [...]}</code>), or one object per line.
 * An object's field names are its headers; a field first seen in a later object adds a column. A field's text is
 * the value as written (numbers keep their digits), an array of values is joined with commas (a list of tags), and
 * a nested object is kept as its JSON text. A row's number is the line its object starts on.
 */
final class JsonRowSource implements RowSource {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String file;
    private final JsonParser parser;
    private final Map<String, Integer> positions = new LinkedHashMap<>();
    private final List<String> header = new ArrayList<>();
    private final ObjectRow row = new ObjectRow();
    private final boolean objectPerLine;
    private long rowNumber;

    private JsonRowSource(String file, JsonParser parser, boolean objectPerLine) {
        this.file = file;
        this.parser = parser;
        this.objectPerLine = objectPerLine;
    }

    /** Opens a file and moves to its first object. */
    static JsonRowSource open(Path path) throws ImportException {
        String file = fileName(path);
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(path.toFile());
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ImportException(file + ": the file is empty; expected a JSON array of objects");
            }
            if (first == JsonToken.START_ARRAY) {
                return new JsonRowSource(file, parser, false);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ImportException(file + ": not a JSON array or object of records (starts with " + first
                        + ")");
            }
            JsonToken second = parser.nextToken();
            if (second == JsonToken.FIELD_NAME && parser.nextToken() == JsonToken.START_ARRAY) {
                return new JsonRowSource(file, parser, false);
            }
            // A first object that does not hold an array is the first record of one object per line.
            JsonParser lines = FACTORY.createParser(path.toFile());
            parser.close();
            return new JsonRowSource(file, lines, true);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file (" + path + ")", e);
        } catch (IOException e) {
            closeQuietly(parser);
            throw unreadable(file, e);
        } catch (ImportException e) {
            closeQuietly(parser);
            throw e;
        }
    }

    /**
     * @return the name of the array field that holds the records, when the file is <code>{"NAME": [...]}</code>
     */
    static String holderName(Path path) throws IOException {
        try (JsonParser parser = FACTORY.createParser(path.toFile())) {
            if (parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                return parser.nextToken() == JsonToken.START_ARRAY ? name : null;
            }
            return null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    @Override
    public String file() {
        return file;
    }

    /** JSON has no header row: the header is the fields of the objects read so far. */
    @Override
    public List<String> readHeader() {
        return header;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() throws ImportException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY && !objectPerLine) {
                return false;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ImportException(file + ": line " + parser.currentTokenLocation().getLineNr()
                        + ": expected an object (a record), found " + token);
            }
            rowNumber = parser.currentTokenLocation().getLineNr();
            readObject();
            return true;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private void readObject() throws IOException {
        row.clear();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            row.set(position(name), text(value));
        }
        row.size = header.size();
    }

    private int position(String name) {
        Integer position = positions.get(name);
        if (position == null) {
            position = header.size();
            positions.put(name, position);
            header.add(name);
        }
        return position;
    }

    private String text(JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NULL -> "";
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
            case START_ARRAY -> joinedValues();
            case START_OBJECT -> objectText();
            default -> throw new JsonParseException(parser, "unexpected " + value);
        };
    }

    private String joinedValues() throws IOException {
        List<String> values = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new JsonEOFException(parser, null, "array not closed");
            }
            values.add(token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? nestedText(token)
                    : parser.getText());
        }
        return String.join(",", values);
    }

    private String objectText() throws IOException {
        return nestedText(JsonToken.START_OBJECT);
    }

    private String nestedText(JsonToken start) throws IOException {
        StringWriter text = new StringWriter();
        try (var generator = FACTORY.createGenerator(text)) {
            generator.copyCurrentStructure(parser);
        }
        return text.toString();
    }

    @Override
    public TabularRow row() {
        return row;
    }

    @Override
    public long rowNumber() {
        return rowNumber;
    }

    @Override
    public boolean fixedWidth() {
        return false;
    }

    /** An object that leaves out a field leaves it blank: a missing required field is that row's error. */
    @Override
    public boolean headerNamesEveryColumn() {
        return false;
    }

    @Override
    public void close() throws ImportException {
        try {
            parser.close();
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be closed: " + e.getMessage(), e);
        }
    }

    private static ImportException unreadable(String file, IOException e) {
        if (e instanceof JsonParseException parse) {
            var at = parse.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            String what = e instanceof JsonEOFException ? "the file is cut off" : "not valid JSON";
            return new ImportException(file + ": " + where + what + " (" + parse.getOriginalMessage() + ")", e);
        }
        return new ImportException(file + ": cannot be read: " + e.getMessage(), e);
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // The error being reported matters more than one closing.
            }
        }
    }

    /**
     * The current object's values by header position; grows with the header. A field the object leaves out reads as
     * blank but is not given, so importing it keeps what is stored.
     */
    private static final class ObjectRow implements TabularRow {

        private String[] values = new String[16];
        private boolean[] given = new boolean[16];
        private int size;

        void clear() {
            Arrays.fill(values, "");
            Arrays.fill(given, false);
        }

        void set(int position, String value) {
            if (position >= values.length) {
                int length = Math.max(position + 1, values.length * 2);
                String[] grown = Arrays.copyOf(values, length);
                Arrays.fill(grown, values.length, grown.length, "");
                values = grown;
                given = Arrays.copyOf(given, length);
            }
            values[position] = value;
            given[position] = true;
        }

        @Override
        public boolean has(int position) {
            return position < size && given[position];
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public String get(int position) {
            return values[position];
        }
    }
}
