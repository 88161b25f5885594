package org.cloudcare.problem.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations build the ticket tables on H2 and the database keeps what the entities promise (one escalation per
 * deadline, a rating from 1 to 5). PostgreSQL runs the same migrations in the ear ITs.
 */
class TroubleTicketSchemaTest {

    private String url;
    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        url = "jdbc:h2:mem:tickets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO customer (id, code, name, kind, status, language, created_at, updated_at, version)"
                    + " VALUES ('c1', 'riverside', 'Riverside', 'HOSPITAL', 'ACTIVE', 'en', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP, 0)");
            sql.execute("INSERT INTO subscription (id, customer_id, tenant, name, status, region, start_date, version)"
                    + " VALUES ('s1', 'c1', 'riverside', 'Imaging', 'ACTIVE', 'eu', CURRENT_TIMESTAMP, 0)");
            sql.execute("INSERT INTO trouble_ticket (id, tenant, subscription_id, kind, ticket_type, severity, priority,"
                    + " target_priority, impact, description, channel, recorded_by, on_behalf_of_customer, status,"
                    + " received_at, updated_at, version) VALUES ('t1', 'riverside', 's1', 'INCIDENT', 'availability',"
                    + " 'MAJOR', 'HIGH', 'HIGH', 'DEPARTMENT', 'Down.', 'PORTAL', 'alice', FALSE, 'ACKNOWLEDGED',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SHUTDOWN");
        }
        connection.close();
    }

    private void escalate(String id, String kind) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO trouble_ticket_escalation (id, ticket_id, tenant, deadline_kind, deadline_at,"
                    + " escalated_at, from_priority, to_priority) VALUES ('" + id + "', 't1', 'riverside', '" + kind
                    + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'HIGH', 'CRITICAL')");
        }
    }

    @Test
    void theDatabaseRefusesASecondEscalationOfTheSameDeadline() throws SQLException {
        escalate("e1", "REPAIR");
        escalate("e2", "RESPONSE");
        assertThrows(SQLException.class, () -> escalate("e3", "REPAIR"));
    }

    @Test
    void theDatabaseRefusesARatingOutsideOneToFive() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            assertEquals(1, sql.executeUpdate("UPDATE trouble_ticket SET satisfaction_score = 5 WHERE id = 't1'"));
            assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE trouble_ticket SET satisfaction_score = 6 WHERE id = 't1'"));
        }
    }

    @Test
    void aTicketBelongsToAnExistingCustomerAndSubscription() {
        assertThrows(SQLException.class, () -> {
            try (Statement sql = connection.createStatement()) {
                sql.execute("INSERT INTO trouble_ticket (id, tenant, subscription_id, kind, ticket_type, severity,"
                        + " priority, target_priority, impact, description, channel, recorded_by,"
                        + " on_behalf_of_customer, status, received_at, updated_at, version) VALUES ('t2', 'riverside',"
                        + " 'nope', 'INCIDENT', 'x', 'MAJOR', 'HIGH', 'HIGH', 'DEPARTMENT', 'Down.', 'PORTAL', 'alice',"
                        + " FALSE, 'ACKNOWLEDGED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            }
        });
    }
}
