package io.tierbench.repository.h2.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** JDBC getters and setters for the nullable column types the repository uses. */
final class Columns {

    private Columns() {
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        statement.setObject(index, value, Types.INTEGER);
    }

    static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        statement.setString(index, value == null ? null : value.name());
    }

    static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        statement.setObject(index, value, Types.DATE);
    }

    static void setTimestamp(PreparedStatement statement, int index, LocalDateTime value) throws SQLException {
        statement.setObject(index, value, Types.TIMESTAMP);
    }

    static Integer getInteger(ResultSet rows, int index) throws SQLException {
        return rows.getObject(index, Integer.class);
    }

    static LocalDate getDate(ResultSet rows, int index) throws SQLException {
        return rows.getObject(index, LocalDate.class);
    }

    static LocalDateTime getTimestamp(ResultSet rows, int index) throws SQLException {
        return rows.getObject(index, LocalDateTime.class);
    }

    static <E extends Enum<E>> E getEnum(ResultSet rows, int index, Class<E> type) throws SQLException {
        String name = rows.getString(index);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
