package org.cloudcare.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.cloudcare.platform.persistence.DatabaseMigration;

/**
 * Claims due events for one relay instance, so that several instances on one database never deliver the same event
 * at the same time. One short transaction of its own, the same SQL on H2 2.2 and PostgreSQL 15 (both were tried):
 * <ol>
 * <li>{@code SELECT ... FOR UPDATE SKIP LOCKED} picks due, unleased events and locks them; rows another instance is
 * claiming at this moment are skipped instead of waited for, so racing relays spread over different events. H2 has
 * understood {@code SKIP LOCKED} since 2.2.220.</li>
 * <li>A conditional {@code UPDATE ... WHERE id = ? AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until
 * <= now)} per event, sent as one JDBC batch, writes the lease (instance, the claim's fresh token, expiry) and counts
 * the row only if it is still free. This is what makes the claim correct even without the row lock; the lock only
 * keeps relays from queueing behind each other.</li>
 * </ol>
 * The lease outlives the claiming transaction, so delivery needs no open lock. When an instance dies, its leases run
 * out and the next claim of another instance takes the events over with a new token; the old holder's late
 * delivery then finds the token changed and does nothing ({@link OutboxDelivery}).
 *
 * <p>Plain JDBC on the application's JTA data source: the SQL is exactly what both databases were tested with, with no
 * JPA translation in between.
 */
@Stateless
@PermitAll
public class OutboxClaims {

    private static final String DUE = "SELECT id, event_type, aggregate_type, aggregate_id, tenant, payload,"
            + " occurred_at, attempts FROM outbox_event"
            + " WHERE status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)"
            + " ORDER BY next_attempt_at FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED";
    private static final String LEASE = "UPDATE outbox_event SET claimed_by = ?, claim_token = ?, claimed_until = ?"
            + " WHERE id = ? AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until <= ?)";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /**
     * Claims up to {@code max} events due at {@code now} for {@code instance}, each for {@code lease}, and commits the
     * claims before returning.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claim> claim(String instance, OffsetDateTime now, int max, Duration lease) {
        OffsetDateTime until = now.plus(lease);
        List<Claim> claims = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<OutboxEvent> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(DUE)) {
                select.setObject(1, now);
                select.setObject(2, now);
                select.setInt(3, max);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(new OutboxEvent(rows.getString("id"), rows.getString("event_type"),
                                rows.getString("aggregate_type"), rows.getString("aggregate_id"),
                                rows.getString("tenant"), rows.getObject("occurred_at", OffsetDateTime.class),
                                rows.getString("payload"), rows.getInt("attempts") + 1));
                    }
                }
            }
            // one token for the claim: its events are delivered together and marked with one statement
            String token = UUID.randomUUID().toString();
            try (PreparedStatement update = connection.prepareStatement(LEASE)) {
                for (OutboxEvent event : due) {
                    update.setString(1, instance);
                    update.setString(2, token);
                    update.setObject(3, until);
                    update.setString(4, event.id());
                    update.setObject(5, now);
                    update.addBatch();
                }
                int[] leased = due.isEmpty() ? new int[0] : update.executeBatch();
                for (int i = 0; i < leased.length; i++) {
                    if (leased[i] == 1) {
                        claims.add(new Claim(due.get(i), instance, token, until));
                    }
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not claim outbox events.", failure);
        }
        return claims;
    }
}
