package org.cloudcare.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim's lease on the migrated schema (H2; the relay's racing instances run on PostgreSQL and H2 in OutboxIT):
 * one statement leases every due event under the claim's token, and an event another relay leased in between keeps
 * that relay's lease and is left out of the claim.
 */
class OutboxClaimsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private JdbcDataSource database;
    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(database.getURL(), "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SHUTDOWN");
        }
        connection.close();
    }

    @Test
    void aClaimLeasesEveryDueEventUnderOneToken() throws SQLException {
        for (int i = 0; i < 5; i++) {
            pending("e" + i, null);
        }
        OutboxClaims claims = new OutboxClaims();
        claims.dataSource = database;

        List<Claim> claimed = claims.claim("relay-a", NOW, 100, LEASE);

        assertEquals(5, claimed.size());
        assertEquals(1, claimed.stream().map(Claim::token).distinct().count(), "one token for the claim");
        Map<String, String> tokens = tokens();
        for (Claim claim : claimed) {
            assertEquals(claim.token(), tokens.get(claim.event().id()), claim.event().id());
            assertEquals("relay-a", claim.instance());
            assertEquals(NOW.plus(LEASE), claim.until());
        }
        assertEquals(List.of(), claims.claim("relay-b", NOW.plusSeconds(1), 100, LEASE),
                "leased events are not claimed again while the lease holds");
    }

    @Test
    void anEventLeasedByAnotherRelayInBetweenKeepsThatLease() throws SQLException {
        pending("free-1", null);
        pending("taken", NOW.plusMinutes(1));
        pending("free-2", null);
        List<OutboxEvent> picked = List.of(event("free-1"), event("taken"), event("free-2"));

        Set<String> leased = OutboxClaims.lease(connection, picked, "relay-a", "token-a", NOW.plus(LEASE), NOW);

        assertEquals(Set.of("free-1", "free-2"), leased);
        Map<String, String> tokens = tokens();
        assertEquals("token-a", tokens.get("free-1"));
        assertEquals("token-a", tokens.get("free-2"));
        assertEquals("token-other", tokens.get("taken"));
    }

    private void pending(String id, OffsetDateTime leasedUntil) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event (id, event_type,"
                + " aggregate_type, aggregate_id, tenant, payload, occurred_at, status, attempts, next_attempt_at,"
                + " claimed_by, claim_token, claimed_until) VALUES (?, 'it.probe', 'Probe', ?, NULL, '{}', ?,"
                + " 'PENDING', 0, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, id);
            insert.setObject(3, NOW.minusMinutes(1));
            insert.setObject(4, NOW.minusMinutes(1));
            insert.setString(5, leasedUntil == null ? null : "relay-other");
            insert.setString(6, leasedUntil == null ? null : "token-other");
            insert.setObject(7, leasedUntil);
            insert.executeUpdate();
        }
    }

    private static OutboxEvent event(String id) {
        return new OutboxEvent(id, "it.probe", "Probe", id, null, NOW.minusMinutes(1), "{}", 1);
    }

    private Map<String, String> tokens() throws SQLException {
        Map<String, String> tokens = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, claim_token FROM outbox_event")) {
            while (rows.next()) {
                tokens.put(rows.getString(1), rows.getString(2));
            }
        }
        return tokens;
    }
}
