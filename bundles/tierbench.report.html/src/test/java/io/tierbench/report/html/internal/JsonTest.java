package io.tierbench.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedValuesInOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", List.of(1, 2L, new BigDecimal("1E+3"), new BigDecimal("0.50")));
        map.put("a", Arrays.asList(true, null, "x", 0.25));

        assertEquals("{\"b\":[1,2,1000,0.50],\"a\":[true,null,\"x\",0.25]}", Json.write(map));
    }

    @Test
    void aStringCannotEndTheScriptElementItIsWrittenInto() {
        String hostile = "</script><script>alert(1)</script><!-- & \u2028";

        String json = Json.write(hostile);

        assertEquals("\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- "
                + "\\u0026 \\u2028\"", json);
        assertFalse(json.contains("<"));
        assertEquals(hostile, MiniJson.parse(json));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        String text = "say \"hi\"\\\n\t\u0001中文";

        assertEquals("\"say \\\"hi\\\"\\\\\\n\\t\\u0001中文\"", Json.write(text));
        assertEquals(text, MiniJson.parse(Json.write(text)));
    }

    @Test
    void refusesWhatJsonCannotSay() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of(1, "one")));
    }
}
