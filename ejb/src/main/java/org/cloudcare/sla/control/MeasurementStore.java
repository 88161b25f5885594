package org.cloudcare.sla.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.cloudcare.platform.persistence.DatabaseMigration;
import org.cloudcare.platform.persistence.JdbcBatch;
import org.cloudcare.sla.entity.MeasurementBatch;
import org.cloudcare.sla.entity.MeasurementKind;
import org.cloudcare.sla.entity.MeasurementSet;

/**
 * Writes measurement batches with JDBC batch inserts ({@link JdbcBatch}) inside the caller's JTA transaction, so the
 * rows commit or roll back with the batch row and the audit line: for 10,000 rows, JPA's entity per row would be most
 * of the call.
 */
@Dependent
public class MeasurementStore {

    /**
     * SQLSTATEs of a batch row that another transaction holds: a unique or primary key violation once it committed
     * (PostgreSQL waits for it, then answers this; so does H2 when it commits in time), and H2's lock timeout while it
     * has not committed yet (H2 waits only a short while).
     */
    private static final Set<String> BATCH_TAKEN = Set.of("23505", "HYT00");

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /** The batch recorded under {@code batchId}, if any. */
    @Transactional(TxType.MANDATORY)
    public Optional<MeasurementBatch> find(String batchId) {
        return read(batchId);
    }

    /**
     * As {@link #find}, in a transaction of its own: for the answer to a send that lost a race on the batch id, whose
     * own transaction the failed insert has spoiled (PostgreSQL takes no further statement in it).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<MeasurementBatch> findAfterRace(String batchId) {
        return read(batchId);
    }

    /**
     * Records the batch row, then every row; false, with nothing written, when a batch of that id was recorded first
     * or is being recorded by a send racing this one (the primary key decides). The caller's transaction is spoiled
     * then (PostgreSQL takes no further statement in it): roll it back.
     */
    @Transactional(TxType.MANDATORY)
    public boolean insert(MeasurementBatch batch, MeasurementSet rows) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sla_measurement_batch"
                    + " (batch_id, received_at, received_by, availability_samples, response_time_samples,"
                    + " outage_events) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, batch.batchId());
                JdbcBatch.setMoment(insert, 2, batch.receivedAt());
                insert.setString(3, batch.receivedBy());
                insert.setInt(4, batch.availabilitySamples());
                insert.setInt(5, batch.responseTimeSamples());
                insert.setInt(6, batch.outageEvents());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (BATCH_TAKEN.contains(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
            String id = batch.batchId();
            JdbcBatch.insertAll(connection, "INSERT INTO sla_availability_sample (batch_id, row_index,"
                    + " subscription_id, interval_start, interval_end, available) VALUES (?, ?, ?, ?, ?, ?)",
                    rows.availability(),
                    (statement, sample) -> {
                        set(statement, id, sample.index(), sample.subscriptionId());
                        JdbcBatch.setMoment(statement, 4, sample.intervalStart());
                        JdbcBatch.setMoment(statement, 5, sample.intervalEnd());
                        statement.setBoolean(6, sample.up());
                    });
            JdbcBatch.insertAll(connection, "INSERT INTO sla_response_time_sample (batch_id, row_index,"
                    + " subscription_id, measured_at, milliseconds) VALUES (?, ?, ?, ?, ?)", rows.responseTimes(),
                    (statement, sample) -> {
                        set(statement, id, sample.index(), sample.subscriptionId());
                        JdbcBatch.setMoment(statement, 4, sample.measuredAt());
                        statement.setInt(5, sample.milliseconds());
                    });
            JdbcBatch.insertAll(connection, "INSERT INTO sla_outage_event (batch_id, row_index, subscription_id, kind,"
                    + " occurred_at) VALUES (?, ?, ?, ?, ?)", rows.outages(),
                    (statement, event) -> {
                        set(statement, id, event.index(), event.subscriptionId());
                        statement.setString(4, event.kind() == MeasurementKind.OUTAGE_START ? "START" : "END");
                        JdbcBatch.setMoment(statement, 5, event.at());
                    });
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store measurement batch " + batch.batchId(), e);
        }
    }

    private Optional<MeasurementBatch> read(String batchId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT received_at, received_by,"
                        + " availability_samples, response_time_samples, outage_events FROM sla_measurement_batch"
                        + " WHERE batch_id = ?")) {
            select.setString(1, batchId);
            try (ResultSet found = select.executeQuery()) {
                if (!found.next()) {
                    return Optional.empty();
                }
                Instant receivedAt = found.getObject(1, OffsetDateTime.class).toInstant();
                return Optional.of(new MeasurementBatch(batchId, true, receivedAt, found.getString(2),
                        found.getInt(3), found.getInt(4), found.getInt(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read measurement batch " + batchId, e);
        }
    }

    private static void set(PreparedStatement statement, String batchId, int index, String subscriptionId)
            throws SQLException {
        statement.setString(1, batchId);
        statement.setInt(2, index);
        statement.setString(3, subscriptionId);
    }
}
