package org.cloudcare.problem.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

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

    private Set<String> columnsOf(String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (var rows = connection.getMetaData().getColumns(null, "PUBLIC", table.toUpperCase(Locale.ROOT), null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static String columnName(Field field) {
        Column column = field.getAnnotation(Column.class);
        if (column != null && !column.name().isEmpty()) {
            return column.name();
        }
        JoinColumn join = field.getAnnotation(JoinColumn.class);
        if (join != null) {
            return join.name();
        }
        return field.getName().toLowerCase(Locale.ROOT);
    }

    private static boolean persistent(Field field) {
        return !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                && field.getAnnotation(Transient.class) == null;
    }

    /** The columns an entity (or embeddable) maps directly, and those of its element collections by table. */
    private void collect(Class<?> type, String table, List<String> missing) throws SQLException {
        Set<String> columns = columnsOf(table);
        if (columns.isEmpty()) {
            missing.add(table + " (no such table)");
            return;
        }
        for (Field field : type.getDeclaredFields()) {
            if (!persistent(field) || field.getAnnotation(OneToMany.class) != null) {
                continue;
            }
            if (field.getAnnotation(Embedded.class) != null) {
                collect(field.getType(), table, missing);
            } else if (field.getAnnotation(ElementCollection.class) != null) {
                CollectionTable collection = field.getAnnotation(CollectionTable.class);
                Set<String> collectionColumns = columnsOf(collection.name());
                String join = collection.joinColumns()[0].name();
                if (!collectionColumns.contains(join)) {
                    missing.add(collection.name() + "." + join);
                }
                Column element = field.getAnnotation(Column.class);
                if (element != null) {
                    if (!collectionColumns.contains(element.name())) {
                        missing.add(collection.name() + "." + element.name());
                    }
                } else {
                    Class<?> embeddable = (Class<?>) ((java.lang.reflect.ParameterizedType) field.getGenericType())
                            .getActualTypeArguments()[0];
                    collect(embeddable, collection.name(), missing);
                }
            } else if (!columns.contains(columnName(field))) {
                missing.add(table + "." + columnName(field));
            }
        }
    }

    @Test
    void everyMappedAttributeOfTheProblemAreaHasItsColumn() throws SQLException {
        List<String> missing = new ArrayList<>();
        for (Class<?> entity : List.of(TroubleTicket.class, TicketStatusChange.class, DiagnosticNote.class,
                TicketEscalation.class, IncidentReport.class)) {
            collect(entity, entity.getAnnotation(Table.class).name(), missing);
        }
        assertEquals(List.of(), missing);
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

    private void placeOrder(String id, String ticket) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO customer_order (id, customer_id, tenant, idempotency_key, fingerprint, state,"
                    + " jeopardy, placed_by, placed_at, updated_at, version, trouble_ticket_id) VALUES ('" + id
                    + "', 'c1', 'riverside', 'key-" + id + "', 'f', 'ACKNOWLEDGED', FALSE, 'selma', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP, 0, " + (ticket == null ? "NULL" : "'" + ticket + "'") + ")");
        }
    }

    @Test
    void aChangeRequestAndItsOrderNameEachOtherAndATicketHasOneOrder() throws SQLException {
        placeOrder("o1", "t1");
        placeOrder("o2", null);
        placeOrder("o3", null);
        try (Statement sql = connection.createStatement()) {
            assertEquals(1, sql.executeUpdate("UPDATE trouble_ticket SET change_order_id = 'o1' WHERE id = 't1'"));
            assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE trouble_ticket SET change_order_id = 'nope' WHERE id = 't1'"));
        }
        assertThrows(SQLException.class, () -> placeOrder("o4", "t1"), "a second order for one change request");
        assertThrows(SQLException.class, () -> placeOrder("o5", "nope"), "an order names an existing ticket");
    }
}
