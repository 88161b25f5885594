package org.cloudcare.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.support.GraphQL;

/**
 * The dashboard request ({@code customers(first: 20)} with contacts and ten interactions each) against pgbench running
 * the SQL statements that answer it, in the same run on the same PostgreSQL: how much of what the database can do
 * reaches the GraphQL client. Needs CloudCare on PostgreSQL ({@code CLOUDCARE_DB_URL=jdbc:postgresql://...}) and
 * {@code pgbench}/{@code psql} on the PATH; fills the database up to {@code -Dbenchmark.customers} (1000) customers
 * with 2 contacts and {@code -Dbenchmark.interactions} (30) interactions each, through the API, once.
 */
final class DashboardVersusPgbench {

    static final String DASHBOARD = "{ customers(first: 20) { totalCount edges { node { id name"
            + " contacts { name email } interactions(first: 10) { totalCount edges { node { subject occurredAt } } }"
            + " } } } }";
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 1000);
    private static final int INTERACTIONS = Integer.getInteger("benchmark.interactions", 30);
    /** Creates, contacts and interactions per document: under the cap of 20 mutations per document. */
    private static final int PER_DOCUMENT = 10;
    private static final int MUTATIONS_PER_DOCUMENT = 20;
    private static final String DATABASE = System.getProperty("benchmark.database", "cloudcare");

    private DashboardVersusPgbench() {
    }

    /** Creates customers, contacts and interactions through the API until there are enough. */
    static void fill() {
        long existing = GraphQL.as("sam", "{ customers(first: 0) { totalCount } }").data()
                .getJsonObject("customers").getJsonNumber("totalCount").longValue();
        for (long made = existing; made < CUSTOMERS; made += PER_DOCUMENT) {
            StringBuilder create = new StringBuilder("mutation {");
            for (int i = 0; i < PER_DOCUMENT; i++) {
                String code = "bench-" + java.util.UUID.randomUUID().toString().substring(0, 12);
                create.append(" c").append(i).append(": createCustomer(input: {code: \"").append(code)
                        .append("\", name: \"Benchmark clinic ").append(code).append("\", kind: CLINIC}) { id }");
            }
            JsonObject created = GraphQL.as("bruno", create.append(" }").toString()).data();
            List<String> ids = new ArrayList<>();
            created.values().forEach(value -> ids.add(value.asJsonObject().getString("id")));
            StringBuilder contacts = new StringBuilder("mutation {");
            for (int i = 0; i < ids.size(); i++) {
                for (int j = 0; j < 2; j++) {
                    contacts.append(" k").append(i).append('_').append(j)
                            .append(": addCustomerContact(input: {customerId: \"").append(ids.get(i))
                            .append("\", name: \"Contact ").append(j).append("\", role: \"IT\", email: \"it")
                            .append(j).append("@clinic.example\"}) { id }");
                }
            }
            GraphQL.as("bruno", contacts.append(" }").toString()).data();
            for (String id : ids) {
                for (int from = 0; from < INTERACTIONS; from += MUTATIONS_PER_DOCUMENT) {
                    StringBuilder history = new StringBuilder("mutation {");
                    for (int k = from; k < Math.min(INTERACTIONS, from + MUTATIONS_PER_DOCUMENT); k++) {
                        history.append(" i").append(k).append(": recordInteraction(input: {customerId: \"")
                                .append(id).append("\", channel: EMAIL, direction: INBOUND, subject: \"Question ")
                                .append(k).append("\"}) { id }");
                    }
                    GraphQL.as("sam", history.append(" }").toString()).data();
                }
            }
        }
    }

    /** pgbench running the statements of one dashboard answer as one transaction: transactions per second. */
    static double pgbench(int clients, int seconds) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (JsonValue edge : GraphQL.as("sam", "{ customers(first: 20) { edges { node { id } } } }").data()
                .getJsonObject("customers").getJsonArray("edges")) {
            ids.add(edge.asJsonObject().getJsonObject("node").getString("id"));
        }
        String in = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        String script = String.join("\n",
                "SELECT id, code, name, kind, status, status_reason, language, created_at, updated_at, version"
                        + " FROM customer ORDER BY code LIMIT 20 OFFSET 0;",
                "SELECT COUNT(id) FROM customer;",
                "SELECT customer_id, channel FROM customer_notification_channel WHERE customer_id IN (" + in + ");",
                "SELECT id, customer_id, tenant, name, contact_role, email, phone FROM customer_contact"
                        + " WHERE customer_id IN (" + in + ") ORDER BY name, id;",
                "SELECT t.customer_id, COUNT(*) FROM interaction t WHERE t.customer_id IN (" + in + ")"
                        + " GROUP BY t.customer_id;",
                "SELECT * FROM (SELECT t.*, ROW_NUMBER() OVER (PARTITION BY t.customer_id ORDER BY t.occurred_at DESC,"
                        + " t.id) AS position_in_parent FROM interaction t WHERE t.customer_id IN (" + in + "))"
                        + " numbered WHERE position_in_parent > 0 AND position_in_parent <= 10"
                        + " ORDER BY customer_id, position_in_parent;",
                "SELECT t.customer_id, COUNT(*) FROM subscription t WHERE t.customer_id IN (" + in + ")"
                        + " GROUP BY t.customer_id;",
                "");
        Path file = Files.createTempFile("dashboard", ".sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process pgbench = new ProcessBuilder("pgbench", "-n", "-h", "127.0.0.1", "-U", "postgres", "-c",
                Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds), "-f", file.toString(), DATABASE)
                .redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!pgbench.waitFor(seconds + 60L, TimeUnit.SECONDS) || pgbench.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        Files.delete(file);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    static String ratio(double graphQL, double pgbench) {
        return String.format(Locale.ROOT, "dashboard %.0f req/s, pgbench %.0f tps: %.0f%% of what the database does",
                graphQL, pgbench, 100 * graphQL / pgbench);
    }
}
