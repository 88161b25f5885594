package org.cloudcare.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Rows written with JDBC batch inserts, for the few writes of many rows that are only ever written once and read in
 * aggregate (measurement samples, evaluation results): JPA would build, track and compare an entity per row, which
 * for thousands of rows is most of the call. Used on the connection of the caller's JTA transaction (the container
 * hands it out again), so the rows commit or roll back with everything else the transaction does.
 */
public final class JdbcBatch {

    /** Rows sent to the database per JDBC batch. */
    public static final int SIZE = 1_000;

    private JdbcBatch() {
    }

    /** Sets a statement's parameters from one row; may throw. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /** Inserts every row with {@code sql}, {@link #SIZE} to a round trip. */
    public static <T> void insertAll(Connection connection, String sql, Collection<T> rows, Binder<T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == SIZE) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    /** A moment as a {@code TIMESTAMP WITH TIME ZONE} in UTC (H2 and PostgreSQL take an OffsetDateTime). */
    public static void setMoment(PreparedStatement statement, int parameter, Instant moment) throws SQLException {
        statement.setObject(parameter, moment == null ? null : OffsetDateTime.ofInstant(moment, ZoneOffset.UTC));
    }
}
