package org.cloudcare.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.MeasurementBatches;
import org.cloudcare.it.support.Tokens;

/**
 * Issue 8's ingestion figure: measurement rows per second through {@code recordMeasurements} (10,000-row batches,
 * one client, the monitoring system's token) against a JDBC batch insert of the same rows into the same tables in
 * the same run (a direct connection to CloudCare's PostgreSQL database, the same statements, 1,000 rows per JDBC
 * batch and one transaction per 10,000-row batch, like the application). Target: at least 0.5 of JDBC.
 * <p>
 * Runs only when chosen ({@code -Dbenchmark.scenarios=ingestion}): it writes {@code benchmark.batches} (20) batches
 * twice, each way after {@code benchmark.warmupBatches} (10) untimed ones. Needs CloudCare deployed on PostgreSQL;
 * {@code -Dbenchmark.batches}, {@code -Dbenchmark.warmupBatches}, {@code -Dbenchmark.jdbc.url}
 * ({@code jdbc:postgresql://127.0.0.1:5432/cloudcare?reWriteBatchedInserts=true}, as CloudCare's own),
 * {@code -Dbenchmark.jdbc.user} ({@code postgres}) and {@code -Dbenchmark.jdbc.password} (empty) change it.
 */
public final class IngestionVersusJdbc {

    private static final int BATCHES = Integer.getInteger("benchmark.batches", 20);
    private static final int ROWS = 10_000;
    /** A warm server, as in production: its JIT has compiled the request path before the clock starts. */
    private static final int WARMUP_BATCHES = Integer.getInteger("benchmark.warmupBatches", 10);
    private static final int JDBC_BATCH = 1_000;
    private static final String URL = System.getProperty("benchmark.jdbc.url",
            "jdbc:postgresql://127.0.0.1:5432/cloudcare?reWriteBatchedInserts=true");
    private static final String USER = System.getProperty("benchmark.jdbc.user", "postgres");
    private static final String PASSWORD = System.getProperty("benchmark.jdbc.password", "");

    private IngestionVersusJdbc() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.stream(System.getProperty("benchmark.scenarios", "").split(",")).map(String::strip)
                .noneMatch("ingestion"::equals)) {
            return;
        }
        String token = Tokens.monitoring();
        List<String> subscriptions = MeasurementBatches.subscriptions();
        JsonArray rows = MeasurementBatches.rows(subscriptions, MeasurementBatches.YESTERDAY, ROWS);
        String run = UUID.randomUUID().toString().substring(0, 8);
        System.out.printf(Locale.ROOT, "CloudCare ingestion benchmark: %d batches of %d rows, %s against %s%n",
                BATCHES, ROWS, GraphQL.ENDPOINT, URL);

        for (int i = 0; i < WARMUP_BATCHES; i++) {
            send(token, "bench-" + run + "-warmup-" + i, rows);
        }
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < BATCHES; i++) {
            bodies.add(MeasurementBatches.body("bench-" + run + "-graphql-" + i, rows));
        }
        long started = System.nanoTime();
        for (String body : bodies) {
            GraphQL.Answer answer = GraphQL.post(token, "application/json", body, "application/json");
            if (answer.data().getJsonObject("recordMeasurements").getBoolean("duplicate")) {
                throw new IllegalStateException("a fresh batch was answered as a duplicate: " + answer.body());
            }
        }
        double graphQL = rate(started);
        System.out.printf(Locale.ROOT, "%-48s %12.0f rows/s (%.1f ms per batch)%n", "recordMeasurements (GraphQL)",
                graphQL, 1_000.0 * BATCHES * ROWS / graphQL / BATCHES);

        List<Row> parsed = rows.stream().map(JsonValue::asJsonObject).map(Row::of).toList();
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < WARMUP_BATCHES; i++) {
                insert(connection, "bench-" + run + "-jdbc-warmup-" + i, parsed);
            }
            started = System.nanoTime();
            for (int i = 0; i < BATCHES; i++) {
                insert(connection, "bench-" + run + "-jdbc-" + i, parsed);
            }
        }
        double jdbc = rate(started);
        System.out.printf(Locale.ROOT, "%-48s %12.0f rows/s (%.1f ms per batch)%n", "JDBC batch insert", jdbc,
                1_000.0 * BATCHES * ROWS / jdbc / BATCHES);
        System.out.printf(Locale.ROOT, "ratio recordMeasurements / JDBC: %.2f (target at least 0.5)%n",
                graphQL / jdbc);
    }

    private static void send(String token, String batchId, JsonArray rows) {
        MeasurementBatches.record(token, batchId, rows).data();
    }

    private static double rate(long started) {
        return (double) BATCHES * ROWS / ((System.nanoTime() - started) / 1e9);
    }

    /** One row ready for its statement: which table, and its values. */
    private record Row(String kind, String subscription, Instant first, Instant second, boolean up,
            int milliseconds) {

        static Row of(JsonObject row) {
            String kind = row.getString("kind");
            String subscription = row.getString("subscriptionId");
            return switch (kind) {
                case "AVAILABILITY" -> new Row(kind, subscription, Instant.parse(row.getString("intervalStart")),
                        Instant.parse(row.getString("intervalEnd")), row.getBoolean("up"), 0);
                case "RESPONSE_TIME" -> new Row(kind, subscription, Instant.parse(row.getString("measuredAt")), null,
                        false, row.getInt("milliseconds"));
                default -> new Row(kind, subscription, Instant.parse(row.getString("at")), null, false, 0);
            };
        }
    }

    /** The batch row and every row, as the application writes them, in one transaction. */
    private static void insert(Connection connection, String batchId, List<Row> rows) throws SQLException {
        int availability = 0;
        int responseTimes = 0;
        int outages = 0;
        try (PreparedStatement batch = connection.prepareStatement("INSERT INTO sla_measurement_batch (batch_id,"
                + " received_at, received_by, availability_samples, response_time_samples, outage_events)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement samples = connection.prepareStatement("INSERT INTO sla_availability_sample"
                        + " (batch_id, row_index, subscription_id, interval_start, interval_end, available)"
                        + " VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement times = connection.prepareStatement("INSERT INTO sla_response_time_sample"
                        + " (batch_id, row_index, subscription_id, measured_at, milliseconds) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement events = connection.prepareStatement("INSERT INTO sla_outage_event (batch_id,"
                        + " row_index, subscription_id, kind, occurred_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                switch (row.kind()) {
                    case "AVAILABILITY" -> availability++;
                    case "RESPONSE_TIME" -> responseTimes++;
                    default -> outages++;
                }
            }
            batch.setString(1, batchId);
            batch.setObject(2, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
            batch.setString(3, "benchmark");
            batch.setInt(4, availability);
            batch.setInt(5, responseTimes);
            batch.setInt(6, outages);
            batch.executeUpdate();
            // grouped by table, as the application does
            for (String kind : List.of("AVAILABILITY", "RESPONSE_TIME", "OUTAGE")) {
                PreparedStatement statement = switch (kind) {
                    case "AVAILABILITY" -> samples;
                    case "RESPONSE_TIME" -> times;
                    default -> events;
                };
                int pending = 0;
                for (int index = 0; index < rows.size(); index++) {
                    Row row = rows.get(index);
                    if (!row.kind().startsWith(kind)) {
                        continue;
                    }
                    statement.setString(1, batchId);
                    statement.setInt(2, index);
                    statement.setString(3, row.subscription());
                    switch (kind) {
                        case "AVAILABILITY" -> {
                            statement.setObject(4, utc(row.first()));
                            statement.setObject(5, utc(row.second()));
                            statement.setBoolean(6, row.up());
                        }
                        case "RESPONSE_TIME" -> {
                            statement.setObject(4, utc(row.first()));
                            statement.setInt(5, row.milliseconds());
                        }
                        default -> {
                            statement.setString(4, row.kind().equals("OUTAGE_START") ? "START" : "END");
                            statement.setObject(5, utc(row.first()));
                        }
                    }
                    statement.addBatch();
                    if (++pending == JDBC_BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }
        connection.commit();
    }

    private static OffsetDateTime utc(Instant moment) {
        return OffsetDateTime.ofInstant(moment, ZoneOffset.UTC);
    }
}
