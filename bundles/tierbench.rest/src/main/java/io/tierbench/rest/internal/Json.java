package io.tierbench.rest.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tierbench.api.model.Label;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API's JSON: objects built as ordered maps, dates and times as ISO text, amounts as plain decimals. */
final class Json {

    private Json() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /**
     * @param keysAndValues key, value, key, value, ...; values may be {@code null}; dates and times are written as
     *        ISO text
     * @return a JSON object, its keys in the order given
     */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], value(keysAndValues[i + 1]));
        }
        return object;
    }

    /** @return a label as {@code {key, en, zh}}, or {@code null} */
    static Map<String, Object> label(Label label) {
        return label == null ? null : object("key", label.key(), "en", label.en(), "zh", label.zh());
    }

    private static Object value(Object value) {
        return value instanceof TemporalAccessor ? value.toString() : value;
    }
}
