package io.tierbench.profile.internal;

import io.tierbench.api.config.ConfigurationValidator;
import io.tierbench.api.config.ConfigurationValidatorService;
import io.tierbench.api.importer.EntityKind;
import io.tierbench.importer.support.ImportFormats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Component;

/**
 * Checks a client's column mapping ({@code tierbench.importer.mapping-<client>.cfg}) as the import service reads it
 * at each import: {@code name}, and {@code column.<canonical column> = header | another header}, where the column is
 * one the importers know and at least one header is given. Claims the factory PID, so profiles may carry mappings.
 */
@Component(service = ConfigurationValidator.class)
@ConfigurationValidatorService(pid = ColumnMappingValidator.FACTORY_PID)
public final class ColumnMappingValidator implements ConfigurationValidator {

    static final String FACTORY_PID = "tierbench.importer.mapping";
    private static final String COLUMN_PREFIX = "column.";

    private final Set<String> columns = canonicalColumns();

    @Override
    public List<String> validate(String pid, Map<String, Object> properties) {
        List<String> problems = new ArrayList<>();
        new TreeSet<>(properties.keySet()).forEach(key -> {
            String value = String.valueOf(properties.get(key));
            if (key.equals("name")) {
                if (value.isBlank()) {
                    problems.add("name: is empty; it is what tierbench:import --mapping takes");
                }
            } else if (!key.startsWith(COLUMN_PREFIX)) {
                problems.add(key + ": unknown key (expected name and column.<column>)");
            } else if (!columns.contains(key.substring(COLUMN_PREFIX.length()).strip())) {
                problems.add(key + ": names no column; columns are " + String.join(", ", columns));
            } else if (Arrays.stream(value.split("\\|")).allMatch(String::isBlank)) {
                problems.add(key + ": gives no header");
            }
        });
        return problems;
    }

    private static Set<String> canonicalColumns() {
        Set<String> columns = new TreeSet<>();
        for (EntityKind kind : EntityKind.values()) {
            columns.addAll(ImportFormats.canonicalColumns(kind));
        }
        return columns;
    }
}
