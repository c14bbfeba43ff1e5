package io.tierbench.intake.internal;

import io.tierbench.api.importer.ColumnMapping;
import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.importer.support.ImportFormats;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Clients' column mappings, read from factory configurations {@value #FACTORY_PID}: a consultant writes
 * {@code etc/tierbench.importer.mapping-jade_shop.cfg} with
 *
 * <pre>
 * name = jade_shop
 * column.external_id = 会员卡号|卡号
 * column.amount = 成交价
 * </pre>
 *
 * and imports with {@code --mapping jade_shop}. A mapping is read at each import, so an edited file applies to the
 * next import with no restart, and it is checked then: a column that no kind of file has is an error naming it.
 */
final class ColumnMappings {

    static final String FACTORY_PID = "tierbench.importer.mapping";
    static final String NAME = "name";
    static final String COLUMN_PREFIX = "column.";

    private ColumnMappings() {
    }

    /**
     * @param pid the configuration's PID, whose part after {@code ~} (or {@code -}) names the mapping when it has no
     *        {@value #NAME} property
     * @param properties the configuration's properties
     * @return the mapping
     * @throws ImportException when an entry names no canonical column or gives no header
     */
    static ColumnMapping fromProperties(String pid, Dictionary<String, ?> properties) throws ImportException {
        Object name = properties.get(NAME);
        String mappingName = name == null ? nameFromPid(pid) : name.toString().strip();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Set<String> known = knownColumns();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (!key.startsWith(COLUMN_PREFIX)) {
                continue;
            }
            String column = key.substring(COLUMN_PREFIX.length()).strip();
            if (!known.contains(column)) {
                throw new ImportException("column mapping '" + mappingName + "': '" + key + "' names no column; "
                        + "columns are " + String.join(", ", known));
            }
            List<String> written = Arrays.stream(String.valueOf(properties.get(key)).split("\\|"))
                    .map(String::strip).filter(header -> !header.isEmpty()).toList();
            if (written.isEmpty()) {
                throw new ImportException("column mapping '" + mappingName + "': '" + key + "' gives no header");
            }
            headers.put(column, written);
        }
        return new ColumnMapping(mappingName, headers);
    }

    static String nameFromPid(String pid) {
        int tilde = pid.indexOf('~');
        if (tilde >= 0) {
            return pid.substring(tilde + 1);
        }
        return pid.startsWith(FACTORY_PID + "-") ? pid.substring(FACTORY_PID.length() + 1) : pid;
    }

    private static Set<String> knownColumns() {
        Set<String> columns = new TreeSet<>();
        for (EntityKind kind : EntityKind.values()) {
            columns.addAll(ImportFormats.canonicalColumns(kind));
        }
        return columns;
    }
}
