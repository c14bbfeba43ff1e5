package io.tierbench.classifier.jade.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.classifier.support.ConfigurationOverlay;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The configuration the jade edition ships (features/src/main/cfg/jade/tierbench.classifier.jade.cfg), read as
 * UTF-8 like a {@code .cfg} file in {@code etc/}: every key is a property of the classifier, every value valid, and
 * it states the built-in defaults, so the file documents what the bundle does without it.
 */
class JadeEditionConfigurationTest {

    private static final Path SHIPPED = Path.of("..", "..", "features", "src", "main", "cfg", "jade",
            "tierbench.classifier.jade.cfg");

    @Test
    void theShippedFileIsValidAndStatesTheDefaults() throws IOException {
        Map<String, String> shipped = new TreeMap<>();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(SHIPPED, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        properties.stringPropertyNames().forEach(key -> shipped.put(key, properties.getProperty(key)));

        // unknown keys and values Declarative Services could not convert are refused here, naming them
        JadeConfiguration configuration = ConfigurationOverlay.of(JadeConfiguration.class,
                Runs.configuration(Map.of()), shipped);
        Map<String, String> fromFile = new TreeMap<>(new JadeClassifier(configuration).configuration());

        assertEquals(shipped, fromFile);
        assertEquals(new TreeMap<>(Runs.classifier(Map.of()).configuration()), fromFile);
    }
}
