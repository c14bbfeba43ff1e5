package io.tierbench.importer.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The columns of one kind of file, in canonical order. */
final class ColumnSet {

    private final List<Column> columns = new ArrayList<>();

    Column required(String header, String... synonyms) {
        return add(header, true, synonyms);
    }

    Column optional(String header, String... synonyms) {
        return add(header, false, synonyms);
    }

    /** @return every column, in canonical order */
    List<Column> all() {
        return Collections.unmodifiableList(columns);
    }

    /** @return the canonical header row, comma separated */
    String canonicalHeader() {
        return String.join(",", columns.stream().map(Column::header).toList());
    }

    private Column add(String header, boolean required, String... synonyms) {
        Column column = new Column(columns.size(), header, required, List.of(synonyms));
        columns.add(column);
        return column;
    }
}
