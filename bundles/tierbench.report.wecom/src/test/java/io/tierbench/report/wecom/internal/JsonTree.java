package io.tierbench.report.wecom.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON with Jackson's parser into maps (field order kept), lists, strings, {@link Long} for integers,
 * {@link java.math.BigDecimal} for other numbers, booleans and nulls, so that tests can check each field's JSON type.
 */
final class JsonTree {

    private JsonTree() {
    }

    static Object read(Path file) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            return document(parser);
        }
    }

    static Object read(String text) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            return document(parser);
        }
    }

    private static Object document(JsonParser parser) throws IOException {
        parser.nextToken();
        Object document = value(parser);
        if (parser.nextToken() != null) {
            throw new IOException("content after the document");
        }
        return document;
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (object.put(name, value(parser)) != null) {
                        throw new IOException("field " + name + " twice");
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDecimalValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + token);
        }
    }
}
