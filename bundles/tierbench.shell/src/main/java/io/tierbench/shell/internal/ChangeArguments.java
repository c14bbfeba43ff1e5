package io.tierbench.shell.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Configuration properties given on the command line ({@code key=value}) or as a {@code .cfg} file. */
final class ChangeArguments {

    private ChangeArguments() {
    }

    /**
     * @param arguments {@code key=value} each; the value is everything after the first {@code =}
     * @throws IllegalArgumentException for an argument without {@code =} or with an empty key
     */
    static Map<String, Object> of(List<String> arguments) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String argument : arguments == null ? List.<String>of() : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0 || argument.substring(0, equals).isBlank()) {
                throw new IllegalArgumentException("'" + argument + "' is not key=value, e.g. window.days=365 or "
                        + "\"rule.20=clv.predictive == 'top' -> gold\"");
            }
            properties.put(argument.substring(0, equals).trim(), argument.substring(equals + 1).trim());
        }
        return properties;
    }

    /** Reads a {@code .cfg} file as Karaf does: Java properties, in UTF-8 so Chinese tiers and tags read as written. */
    static Map<String, Object> ofFile(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }
}
