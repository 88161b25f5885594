package org.cloudcare.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.cloudcare.it.support.GraphQL;

/**
 * Issue 8's evaluation figure: the evaluation of the previous month ({@code runSlaEvaluation} as selma, then
 * {@code slaEvaluationRun} polled until COMPLETED), timed end to end, against one SQL aggregate that gives the same
 * per-subscription down time and availability over the same rows, computed by PostgreSQL alone. Target: the
 * evaluation within 2x of the aggregate.
 * <p>
 * The fill is a fixture over JDBC, in the shape the application writes: {@code -Dbenchmark.agreements} (10,000)
 * agreements, each on its own subscription, 100 to a customer, copied by {@code INSERT ... SELECT} from the agreements
 * the application made (the demo's, made from their offerings' SLA templates), with their incident targets, regions and
 * credit tiers, in force for the whole previous month; and {@code -Dbenchmark.samplesPerAgreement} (1,000)
 * availability samples per subscription covering the previous month back to back (one measurement batch per
 * subscription), some of them down: a run of five samples on every fourth subscription (below a 99.9 % target: a
 * violation) and one sample on every tenth (at the edge of it); the others up all month. Then, to warm the server,
 * {@code -Dbenchmark.warmupAgreements} (10,000) more agreements are filled the same way for the month before, with
 * {@code -Dbenchmark.warmupSamplesPerAgreement} (50) samples each, and that month is evaluated untimed
 * {@code -Dbenchmark.warmupPasses} (10) times, its violations deleted before each pass so that every pass records them
 * afresh, right before the timed run. The JIT is what needs it: on a 2-core machine C2 compiled through the timed run
 * after one or two passes (some 200 methods of the evaluation, EclipseLink and the driver, up to a core's worth), and
 * a pass of the same work took 3.9 s, then 2.9, 3.4, 2.9, 2.5 s as the passes went on. The pass times are printed.
 * The warm-up's subscriptions are terminated as the measured month begins, and its samples are deleted before the
 * aggregate, which scans the whole table. Each fill ends with ANALYZE and a CHECKPOINT, as a month's data stands when
 * the month closes. Each run adds its own rows (ids carry a run tag); the evaluation and the aggregate both cover
 * everything in force, so the agreements of an earlier run count in both.
 * <p>
 * Runs only when chosen ({@code -Dbenchmark.scenarios=evaluation}); needs CloudCare deployed on PostgreSQL;
 * {@code -Dbenchmark.jdbc.url}, {@code -Dbenchmark.jdbc.user}, {@code -Dbenchmark.jdbc.password} as for ingestion.
 */
public final class EvaluationVersusSql {

    private static final int AGREEMENTS = Integer.getInteger("benchmark.agreements", 10_000);
    private static final int WARMUP_AGREEMENTS = Integer.getInteger("benchmark.warmupAgreements", 10_000);
    private static final int WARMUP_SAMPLES = Integer.getInteger("benchmark.warmupSamplesPerAgreement", 50);
    private static final int WARMUP_PASSES = Integer.getInteger("benchmark.warmupPasses", 10);
    private static final int SAMPLES = Integer.getInteger("benchmark.samplesPerAgreement", 1_000);
    private static final int PER_CUSTOMER = 100;
    private static final int FILL_CHUNK = 500;
    private static final String URL = System.getProperty("benchmark.jdbc.url",
            "jdbc:postgresql://127.0.0.1:5432/cloudcare");
    private static final String USER = System.getProperty("benchmark.jdbc.user", "postgres");
    private static final String PASSWORD = System.getProperty("benchmark.jdbc.password", "");
    private static final String RUN = "mutation($period: String!) { runSlaEvaluation(period: $period) { period"
            + " state agreementsTotal agreementsDone passes } }";
    private static final String PROGRESS = "query($period: String!) { slaEvaluationRun(period: $period) { period"
            + " state agreementsTotal agreementsDone passes } }";

    private EvaluationVersusSql() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.stream(System.getProperty("benchmark.scenarios", "").split(",")).map(String::strip)
                .noneMatch("evaluation"::equals)) {
            return;
        }
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        OffsetDateTime start = month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = start.plusMonths(1);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        System.out.printf(Locale.ROOT, "CloudCare evaluation benchmark: %d agreements x %d availability samples,"
                + " period %s, %s against %s%n", AGREEMENTS, SAMPLES, month, GraphQL.ENDPOINT, URL);

        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            long filling = System.nanoTime();
            fill(connection, tag, start, end, AGREEMENTS, SAMPLES);
            System.out.printf(Locale.ROOT, "filled in %.0f s: %s%n", (System.nanoTime() - filling) / 1e9,
                    counts(connection, start, end));
            // a warm server: a second set of agreements filled and evaluated untimed the month before, right before
            // the timed run (the JIT promotes a method the next time it runs: an idle fill in between left the hot
            // methods to be compiled in the timed run); they end as the measured month begins
            fill(connection, "w" + tag, start.minusMonths(1), start, WARMUP_AGREEMENTS, WARMUP_SAMPLES);
            List<String> warmUps = new ArrayList<>();
            for (int pass = 0; pass < WARMUP_PASSES; pass++) {
                forgetViolations(connection, "w" + tag);
                long warming = System.nanoTime();
                evaluate(month.minusMonths(1));
                warmUps.add(String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - warming) / 1e9));
            }
            end(connection, "w" + tag, start);
            System.out.printf(Locale.ROOT, "warmed up: %d agreements of %s evaluated %d times (%s)%n",
                    WARMUP_AGREEMENTS, month.minusMonths(1), WARMUP_PASSES, String.join(", ", warmUps));

            long started = System.nanoTime();
            JsonObject run = evaluate(month);
            double evaluation = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%-48s %10.2f s (%d agreements, pass %d, %.0f agreements/s)%n",
                    "runSlaEvaluation (GraphQL, end to end)", evaluation, run.getInt("agreementsDone"),
                    run.getInt("passes"), run.getInt("agreementsDone") / evaluation);

            forgetSamples(connection, "w" + tag);
            awaitRelay(connection);
            aggregate(connection, start, end); // warm-up, as the evaluation found the rows in the cache too
            List<Double> times = new ArrayList<>();
            int subscriptions = 0;
            for (int i = 0; i < 3; i++) {
                started = System.nanoTime();
                subscriptions = aggregate(connection, start, end);
                times.add((System.nanoTime() - started) / 1e9);
            }
            // the median of three: on two cores the parallel scan's time moves by half from one run to the next
            double sql = times.stream().sorted().toList().get(1);
            System.out.printf(Locale.ROOT, "%-48s %10.2f s (%d subscriptions; median of %s)%n", "SQL aggregate"
                    + " (down time per subscription)", sql, subscriptions, times.stream()
                            .map(t -> String.format(Locale.ROOT, "%.2f s", t)).toList());
            System.out.printf(Locale.ROOT, "ratio evaluation / SQL aggregate: %.1f (target at most 2)%n",
                    evaluation / sql);
        }
    }

    /** Runs the month's evaluation (again) and waits for it to complete; answers the run. */
    private static JsonObject evaluate(YearMonth month) throws InterruptedException {
        JsonObject run = GraphQL.as("selma", RUN, "period", month.toString()).data()
                .getJsonObject("runSlaEvaluation");
        while (!"COMPLETED".equals(run.getString("state"))) {
            // a monthly job (or another pass) holds the lease: wait for the run to complete
            Thread.sleep(200);
            run = GraphQL.as("selma", PROGRESS, "period", month.toString()).data().getJsonObject("slaEvaluationRun");
        }
        return run;
    }

    /**
     * Waits until the outbox relay has delivered the events the evaluation published: the aggregate is timed on a
     * machine that does nothing else, as the evaluation was timed with the relay running beside it.
     */
    private static void awaitRelay(Connection connection) throws SQLException, InterruptedException {
        try (PreparedStatement pending = connection.prepareStatement("SELECT COUNT(*) FROM outbox_event"
                + " WHERE status = 'PENDING'")) {
            for (int waited = 0; waited < 600; waited++) {
                try (ResultSet result = pending.executeQuery()) {
                    result.next();
                    if (result.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
            System.out.println("the relay still had events pending after 60 s; the aggregate is timed beside it");
        }
    }

    /** The same answer by PostgreSQL alone: per subscription, down time and availability in the month. */
    private static int aggregate(Connection connection, OffsetDateTime start, OffsetDateTime end)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT subscription_id,"
                + " SUM(CASE WHEN available THEN 0 ELSE EXTRACT(EPOCH FROM LEAST(interval_end, ?)"
                + " - GREATEST(interval_start, ?)) END) AS down_seconds,"
                + " 100 * (1 - SUM(CASE WHEN available THEN 0 ELSE EXTRACT(EPOCH FROM LEAST(interval_end, ?)"
                + " - GREATEST(interval_start, ?)) END) / EXTRACT(EPOCH FROM ?::timestamptz - ?::timestamptz))"
                + " AS availability FROM sla_availability_sample WHERE interval_start < ? AND interval_end > ?"
                + " GROUP BY subscription_id")) {
            statement.setObject(1, end);
            statement.setObject(2, start);
            statement.setObject(3, end);
            statement.setObject(4, start);
            statement.setObject(5, end);
            statement.setObject(6, start);
            statement.setObject(7, end);
            statement.setObject(8, start);
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static String counts(Connection connection, OffsetDateTime start, OffsetDateTime end)
            throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("agreements in force", "SELECT COUNT(*) FROM service_level_agreement WHERE start_date <= ?"
                + " AND (ended_at IS NULL OR ended_at > ?)");
        queries.put("availability samples in the month", "SELECT COUNT(*) FROM sla_availability_sample"
                + " WHERE interval_start < ? AND interval_end > ?");
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            try (PreparedStatement statement = connection.prepareStatement(query.getValue())) {
                statement.setObject(1, query.getKey().startsWith("agreements") ? start : end);
                statement.setObject(2, query.getKey().startsWith("agreements") ? start : start);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    parts.add(result.getLong(1) + " " + query.getKey());
                }
            }
        }
        return String.join(", ", parts);
    }

    // --- the fixture ---

    private static void fill(Connection connection, String tag, OffsetDateTime start, OffsetDateTime end,
            int agreements, int samplesPerAgreement) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // the agreements the application made, in force, with their subscriptions: the templates of the copies
            statement.execute("CREATE TEMPORARY TABLE bench_template ON COMMIT DROP AS SELECT a.id AS agreement_id,"
                    + " a.subscription_id, a.customer_id, ROW_NUMBER() OVER (ORDER BY a.id) - 1 AS n"
                    + " FROM service_level_agreement a JOIN subscription s ON s.id = a.subscription_id"
                    + " WHERE a.ended_at IS NULL AND a.id NOT LIKE 'b%-a-%'");
            int templates;
            try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM bench_template")) {
                result.next();
                templates = result.getInt(1);
            }
            if (templates == 0) {
                throw new IllegalStateException("no agreement in force to copy (deploy with the demo data); no"
                        + " figures");
            }
            statement.execute("CREATE TEMPORARY TABLE bench_series ON COMMIT DROP AS SELECT i,"
                    + " 'b" + tag + "-a-' || i AS agreement_id, 'b" + tag + "-s-' || i AS subscription_id,"
                    + " 'b" + tag + "-c-' || (i / " + PER_CUSTOMER + ") AS customer_id,"
                    + " 'bench-" + tag + "-' || (i / " + PER_CUSTOMER + ") AS customer_code,"
                    + " i % " + templates + " AS n FROM generate_series(0, " + (agreements - 1) + ") AS i");
            String since = "TIMESTAMP WITH TIME ZONE '" + start.minusDays(1) + "'";
            // customers: copies of the first template's customer
            copy(connection, "customer", Map.of("id", "g.customer_id", "code", "g.customer_code",
                    "name", "x.name || ' ' || g.customer_code"),
                    "(SELECT DISTINCT customer_id, customer_code FROM bench_series) g"
                            + " JOIN customer x ON x.id = (SELECT customer_id FROM bench_template WHERE n = 0)");
            copy(connection, "customer_notification_channel", Map.of("customer_id", "g.customer_id"),
                    "(SELECT DISTINCT customer_id FROM bench_series) g JOIN customer_notification_channel x"
                            + " ON x.customer_id = (SELECT customer_id FROM bench_template WHERE n = 0)");
            copy(connection, "subscription", Map.of("id", "g.subscription_id", "customer_id", "g.customer_id",
                    "agreement_id", "g.agreement_id", "start_date", since, "termination_date", "NULL",
                    "name", "x.name || ' ' || g.i"),
                    "bench_series g JOIN bench_template t ON t.n = g.n JOIN subscription x"
                            + " ON x.id = t.subscription_id");
            copy(connection, "service_level_agreement", Map.of("id", "g.agreement_id",
                    "subscription_id", "g.subscription_id", "customer_id", "g.customer_id", "tenant",
                    "g.customer_code", "start_date", since, "expiry_date", since + " + INTERVAL '1 year'",
                    "expiry_notice_date", since + " + INTERVAL '11 months'", "renewal_date", "NULL", "ended_at",
                    "NULL", "expiry_notice_sent_at", "NULL"),
                    "bench_series g JOIN bench_template t ON t.n = g.n JOIN service_level_agreement x"
                            + " ON x.id = t.agreement_id");
            for (String child : List.of("sla_agreement_incident_target", "sla_agreement_region",
                    "sla_agreement_credit_tier")) {
                copy(connection, child, Map.of("agreement_id", "g.agreement_id"), "bench_series g JOIN"
                        + " bench_template t ON t.n = g.n JOIN " + child + " x ON x.agreement_id = t.agreement_id");
            }
            statement.execute("INSERT INTO sla_measurement_batch (batch_id, received_at, received_by,"
                    + " availability_samples, response_time_samples, outage_events) SELECT 'bench-eval-'"
                    + " || subscription_id, NOW(), 'benchmark', " + samplesPerAgreement + ", 0, 0 FROM bench_series");
            connection.commit();
        }
        // the samples, back to back over the month, in chunks of subscriptions (a transaction each)
        long seconds = end.toEpochSecond() - start.toEpochSecond();
        double step = (double) seconds / samplesPerAgreement;
        String subscriptionPrefix = "b" + tag + "-s-";
        try (PreparedStatement samples = connection.prepareStatement("INSERT INTO sla_availability_sample"
                + " (batch_id, row_index, subscription_id, interval_start, interval_end, available)"
                + " SELECT 'bench-eval-" + subscriptionPrefix + "' || i, k, '" + subscriptionPrefix + "' || i,"
                + " ?::timestamptz + (k * ?) * INTERVAL '1 second',"
                + " ?::timestamptz + ((k + 1) * ?) * INTERVAL '1 second',"
                + " NOT ((i % 4 = 0 AND k BETWEEN i % (? - 5) AND i % (? - 5) + 4) OR (i % 10 = 5 AND k = i * 7 % ?))"
                + " FROM generate_series(?, ?) AS i, generate_series(0, ? - 1) AS k ORDER BY i, k")) {
            for (int from = 0; from < agreements; from += FILL_CHUNK) {
                samples.setObject(1, start);
                samples.setDouble(2, step);
                samples.setObject(3, start);
                samples.setDouble(4, step);
                samples.setInt(5, samplesPerAgreement);
                samples.setInt(6, samplesPerAgreement);
                samples.setInt(7, samplesPerAgreement);
                samples.setInt(8, from);
                samples.setInt(9, Math.min(agreements, from + FILL_CHUNK) - 1);
                samples.setInt(10, samplesPerAgreement);
                samples.executeUpdate();
                connection.commit();
            }
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            // statistics as autovacuum would have them for a month's data: the fill is minutes old
            statement.execute("ANALYZE");
            // and its pages written out, as a month's samples are by the time the month closes: otherwise the
            // checkpoints the fill's WAL sets off (one every 10 s through the fill) go on writing in the timed run
            statement.execute("CHECKPOINT");
        }
    }

    /** Terminates the subscriptions of a fill and their agreements at {@code at}. */
    private static void end(Connection connection, String tag, OffsetDateTime at) throws SQLException {
        try (PreparedStatement subscriptions = connection.prepareStatement("UPDATE subscription SET"
                + " termination_date = ?, status = 'TERMINATED' WHERE id LIKE ?");
                PreparedStatement agreements = connection.prepareStatement("UPDATE service_level_agreement SET"
                        + " ended_at = ?, status = 'TERMINATED', status_reason = 'Subscription terminated.'"
                        + " WHERE id LIKE ?")) {
            for (PreparedStatement update : List.of(subscriptions, agreements)) {
                update.setObject(1, at);
                update.setString(2, "b" + tag + "-%");
                update.executeUpdate();
            }
        }
    }

    /** Deletes the violations of a fill's agreements, so that the next evaluation records them again. */
    private static void forgetViolations(Connection connection, String tag) throws SQLException {
        deleteFill(connection, "sla_violation", "agreement_id", tag);
    }

    /**
     * Deletes the samples of a fill, the last one: the SQL aggregate scans the whole table, and it is to read no more
     * pages than the measured month's rows fill (VACUUM cuts the empty pages off the table's end).
     */
    private static void forgetSamples(Connection connection, String tag) throws SQLException {
        deleteFill(connection, "sla_availability_sample", "subscription_id", tag);
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM sla_availability_sample");
        }
    }

    /** Deletes the rows of the table whose {@code column} names one of the fill's agreements or subscriptions. */
    private static void deleteFill(Connection connection, String table, String column, String tag)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + column
                + " LIKE ?")) {
            delete.setString(1, "b" + tag + "-%");
            delete.executeUpdate();
        }
    }

    /**
     * {@code INSERT INTO table SELECT} of every column of {@code x} (a row of the same table in {@code from}), some of
     * them replaced: the copy keeps whatever columns the migrations gave the table.
     */
    private static void copy(Connection connection, String table, Map<String, String> replaced, String from)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT column_name FROM"
                + " information_schema.columns WHERE table_schema = current_schema() AND table_name = ?"
                + " ORDER BY ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    columns.add(result.getString(1));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("no table " + table + "; no figures");
        }
        String values = columns.stream().map(c -> replaced.getOrDefault(c, "x." + c)).reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        try (Statement statement = connection.createStatement()) {
            int rows = statement.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ")"
                    + " SELECT " + values + " FROM " + from);
            if (rows == 0 && !table.equals("customer_notification_channel")) {
                throw new IllegalStateException("the fill copied no " + table + "; no figures");
            }
        }
    }
}
