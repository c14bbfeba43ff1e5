package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.ColumnMapping;
import io.tierbench.api.importer.ImportException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each {@link ScrmColumn} is in a sheet's header row. A client's column mapping is matched before the built-in
 * headers; two headers meaning one column are refused rather than one silently chosen.
 */
final class ScrmHeader {

    /** A title row ("客户列表 导出时间 …") may come before the header: the header is looked for this far down. */
    static final int ROWS_SEARCHED = 5;

    private final List<String> written;
    private final Map<ScrmColumn, Integer> positions;

    private ScrmHeader(List<String> written, Map<ScrmColumn, Integer> positions) {
        this.written = List.copyOf(written);
        this.positions = positions;
    }

    /** @return the header, or {@code null} when the row has no external_userid column (it is no WeCom header) */
    static ScrmHeader of(String file, List<String> row, ColumnMapping mapping) throws ImportException {
        Map<ScrmColumn, Integer> positions = new EnumMap<>(ScrmColumn.class);
        for (int position = 0; position < row.size(); position++) {
            ScrmColumn column = columnNamedBy(row.get(position), mapping);
            if (column == null) {
                continue;
            }
            Integer earlier = positions.putIfAbsent(column, position);
            if (earlier != null) {
                throw new ImportException(file + ": headers '" + row.get(earlier) + "' and '" + row.get(position)
                        + "' both mean column '" + column.canonical() + "'");
            }
        }
        return positions.containsKey(ScrmColumn.EXTERNAL_USERID) ? new ScrmHeader(row, positions) : null;
    }

    private static ScrmColumn columnNamedBy(String header, ColumnMapping mapping) {
        String written = ScrmColumn.normalized(header);
        if (written.isEmpty()) {
            return null;
        }
        for (ScrmColumn column : ScrmColumn.values()) {
            List<String> clientHeaders = mapping.headersFor(column.canonical());
            if (clientHeaders.stream().anyMatch(h -> ScrmColumn.normalized(h).equals(written))) {
                return column;
            }
        }
        for (ScrmColumn column : ScrmColumn.values()) {
            if (column.isNamedBy(header)) {
                return column;
            }
        }
        return null;
    }

    /** @return whether the sheet names its staff members, by account or by name */
    boolean namesStaff() {
        return has(ScrmColumn.STAFF_USERID) || has(ScrmColumn.STAFF_NAME);
    }

    boolean has(ScrmColumn column) {
        return positions.containsKey(column);
    }

    /** @return the cell's stripped text, or {@code null} when blank or when the sheet lacks the column */
    String text(List<String> row, ScrmColumn column) {
        Integer position = positions.get(column);
        if (position == null || position >= row.size()) {
            return null;
        }
        String text = row.get(position).strip();
        return text.isEmpty() ? null : text;
    }

    /** @return the column's header as the sheet writes it, for row errors */
    String written(ScrmColumn column) {
        return written.get(positions.get(column));
    }
}
