package io.tierbench.repository.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small helpers: text encoding, money form, settings. */
class SupportTest {

    @Test
    void keyValueTextParsesBackExactlyInOrder() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("z", "last=first");
        entries.put("", "");
        entries.put("multi\nline\r", "back\\slash\\n");
        entries.put("no value", null);
        entries.put("中文", "收藏");
        String text = KeyValueText.encode(entries);
        assertEquals(entries, KeyValueText.decode(text));
        assertEquals(List.copyOf(entries.keySet()), List.copyOf(KeyValueText.decode(text).keySet()));
        assertEquals(Map.of(), KeyValueText.decode(KeyValueText.encode(Map.of())));
        assertEquals(Map.of(), KeyValueText.decode(null));
    }

    @Test
    void moneyHasOneFormPerValue() {
        assertEquals(new BigDecimal("12.50"), Money.canonical(new BigDecimal("12.5")));
        assertEquals(new BigDecimal("12.50"), Money.canonical(new BigDecimal("12.5000")));
        assertEquals(new BigDecimal("100.00"), Money.canonical(new BigDecimal("1E+2")));
        assertEquals(new BigDecimal("0.00"), Money.canonical(BigDecimal.ZERO));
        assertEquals(new BigDecimal("1.2346"), Money.canonical(new BigDecimal("1.23456")));
        assertEquals(new BigDecimal("1.234"), Money.canonical(new BigDecimal("1.2340")));
    }

    @Test
    void anEmptyUrlMeansTheDatabaseUnderKarafData() {
        assertEquals("jdbc:h2:file:" + Path.of("/opt/karaf/data/tierbench/tierbench").toAbsolutePath(),
                H2Settings.defaultUrl("/opt/karaf/data"));
        assertEquals("jdbc:h2:file:" + Path.of("data", "tierbench", "tierbench").toAbsolutePath(),
                H2Settings.defaultUrl(null));
        H2Settings settings = H2Settings.from(configuration(" ", 500), "/opt/karaf/data");
        assertEquals(H2Settings.defaultUrl("/opt/karaf/data"), settings.url());
        assertEquals(500, settings.batchSize());
        assertEquals("sa", settings.user());
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> H2Settings.from(configuration("jdbc:h2:mem:x", 0), null));
        assertEquals("tierbench.repository.h2: batch.size must be at least 1, was 0", refused.getMessage());
    }

    private static H2RepositoryConfiguration configuration(String url, int batchSize) {
        return new H2RepositoryConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return H2RepositoryConfiguration.class;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String user() {
                return "sa";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public int batch_size() {
                return batchSize;
            }
        };
    }
}
