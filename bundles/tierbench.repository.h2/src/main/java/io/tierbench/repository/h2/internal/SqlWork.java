package io.tierbench.repository.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work on a connection that {@link H2Database} opens, closes and wraps errors for. */
@FunctionalInterface
interface SqlWork<R> {

    R run(Connection connection) throws SQLException;
}
