package org.cloudcare.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * <li>One conditional {@code UPDATE ... WHERE status = 'PENDING' AND (claimed_until IS NULL OR claimed_until <= now)
 * AND id IN (...)} writes the lease (instance, the claim's fresh token, expiry) on those of the picked events that
 * are still free; when it writes fewer rows than were picked, the token says which carry the lease. The condition is
 * what makes the claim correct even without the row lock; the lock only keeps relays from queueing behind each
 * other. (One statement, not one per event: under an evaluation's thousands of events the per-event updates were
 * more of the database's time than the evaluation's own writes.)</li>
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
            + " WHERE status = 'PENDING' AND (claimed_until IS NULL OR claimed_until <= ?) AND id IN ";

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
            Set<String> leased = lease(connection, due, instance, token, until, now);
            for (OutboxEvent event : due) {
                if (leased.contains(event.id())) {
                    claims.add(new Claim(event, instance, token, until));
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not claim outbox events.", failure);
        }
        return claims;
    }

    /**
     * Writes the lease on the due events, each only if it is still free, with one statement, and answers the ids that
     * carry it: normally all of them, since this transaction's SELECT locked the rows; when fewer rows were written,
     * the claim's token tells which.
     */
    static Set<String> lease(Connection connection, List<OutboxEvent> due, String instance, String token,
            OffsetDateTime until, OffsetDateTime now) throws SQLException {
        Set<String> ids = due.stream().map(OutboxEvent::id).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return ids;
        }
        String in = "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        int written;
        try (PreparedStatement update = connection.prepareStatement(LEASE + in)) {
            update.setString(1, instance);
            update.setString(2, token);
            update.setObject(3, until);
            update.setObject(4, now);
            int parameter = 5;
            for (String id : ids) {
                update.setString(parameter++, id);
            }
            written = update.executeUpdate();
        }
        if (written == ids.size()) {
            return ids;
        }
        Set<String> carrying = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM outbox_event"
                + " WHERE claim_token = ? AND id IN " + in)) {
            select.setString(1, token);
            int parameter = 2;
            for (String id : ids) {
                select.setString(parameter++, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    carrying.add(rows.getString(1));
                }
            }
        }
        return carrying;
    }
}
