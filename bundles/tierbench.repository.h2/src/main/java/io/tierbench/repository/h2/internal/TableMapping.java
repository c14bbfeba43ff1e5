package io.tierbench.repository.h2.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * How one record type maps to its table: an id column, then value columns. Reads select the id first and the values
 * after it; inserts and updates bind the values first and the id last, so that one binder serves both.
 */
abstract class TableMapping<T> {

    private final String table;
    private final String idColumn;
    private final List<String> valueColumns;

    protected TableMapping(String table, String idColumn, String... valueColumns) {
        this.table = table;
        this.idColumn = idColumn;
        this.valueColumns = List.of(valueColumns);
    }

    final String table() {
        return table;
    }

    /** @return the columns {@link #read} expects, id first */
    final String selectColumns() {
        return idColumn + ", " + String.join(", ", valueColumns);
    }

    final String selectByIdsSql() {
        return "SELECT " + selectColumns() + " FROM " + table + " WHERE " + idColumn + " = ANY(?)";
    }

    final String insertSql() {
        String parameters = String.join(", ", Collections.nCopies(valueColumns.size() + 1, "?"));
        return "INSERT INTO " + table + " (" + String.join(", ", valueColumns) + ", " + idColumn + ") VALUES ("
                + parameters + ")";
    }

    final String updateSql() {
        return "UPDATE " + table + " SET " + String.join(" = ?, ", valueColumns) + " = ? WHERE " + idColumn + " = ?";
    }

    /** @return the index of the id parameter in {@link #insertSql()} and {@link #updateSql()} */
    final int idParameter() {
        return valueColumns.size() + 1;
    }

    abstract String idOf(T row);

    /** @return the row as it will read back from the table, so that an unchanged row compares equal */
    abstract T canonical(T row);

    /** Reads the current row of a result selected with {@link #selectColumns()}. */
    abstract T read(ResultSet rows) throws SQLException;

    /** Binds the value columns to parameters 1 to n. */
    abstract void bindValues(PreparedStatement statement, T row) throws SQLException;
}
