package org.cloudcare.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import jakarta.json.Json;

import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.Tokens;

/**
 * Throughput and latency of typical GraphQL reads against a running CloudCare (start it with {@code ./cloudcare run}),
 * with real Keycloak tokens: {@code ./mvnw -pl ear -Pbenchmark verify}. Each scenario runs a warm-up and then a
 * measured period with a fixed number of concurrent clients; every loop is bounded in time and in requests, and only
 * loopback addresses are used. Settings: {@code -Dbenchmark.clients} (16), {@code -Dbenchmark.seconds} (20),
 * {@code -Dbenchmark.warmup} (5), {@code -Dbenchmark.scenarios} (all; a comma-separated choice of anonymous,
 * authenticated, me, customer, customers, audit, orders). The first two send the same trivial document, without and
 * with a token: their ratio is what checking a token costs. {@code orders} is a write: bianca places a one-item order
 * with a new idempotency key on every request (all for Riverside, so the submissions queue on the customer's row lock,
 * as one customer's concurrent orders do); it is left out unless chosen.
 */
public final class GraphQLBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 5);
    private static final long MAX_REQUESTS_PER_CLIENT = 1_000_000;

    private GraphQLBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> selected = Arrays.stream(System.getProperty("benchmark.scenarios", "").split(","))
                .map(String::strip).filter(key -> !key.isEmpty()).toList();
        List<Scenario> scenarios = new ArrayList<>(List.of(
                new Scenario("anonymous", "{ __typename } anonymous (no token)", null, "{ __typename }"),
                new Scenario("authenticated", "{ __typename } with alice's token (token check only)", "alice",
                        "{ __typename }"),
                new Scenario("me", "me (token check, no database)", "alice", "{ me { username roles tenant } }")));
        if (selected.isEmpty() || selected.stream().anyMatch(key -> key.equals("customer") || key.equals("customers")
                || key.equals("audit"))) {
            String riverside = Demo.riversideId();
            scenarios.addAll(List.of(
                    new Scenario("customer", "own customer with contacts and 10 interactions", "alice",
                            "{ customer(id: \"" + riverside + "\") { name contacts { name email }"
                                    + " interactions(first: 10) { totalCount edges { node { subject occurredAt } } } } }"),
                    new Scenario("customers", "20 customers with nested contacts and interactions (batched)", "sam",
                            "{ customers(first: 20) { totalCount edges { node { code name contacts { email }"
                                    + " interactions(first: 5) { totalCount edges { node { subject } } } } } } }"),
                    new Scenario("audit", "audit trail page of 20", "bruno",
                            "{ auditTrail(first: 20) { totalCount edges { node { action actor occurredAt } } } }")));
        }
        if (selected.contains("orders")) {
            String vm = GraphQL.as("sam", "{ productOfferings(first: 100) { edges { node { id code } } } }").data()
                    .getJsonObject("productOfferings").getJsonArray("edges").stream()
                    .map(edge -> edge.asJsonObject().getJsonObject("node"))
                    .filter(node -> node.getString("code").equals("vm-standard")).map(node -> node.getString("id"))
                    .findFirst().orElseThrow();
            String run = Long.toString(System.currentTimeMillis(), 36);
            String place = "mutation($input: PlaceCustomerOrderInput!) { placeCustomerOrder(input: $input) { id state } }";
            scenarios.add(new Scenario("orders", "placeCustomerOrder: one VM, bianca, a new idempotency key each",
                    "bianca", place, n -> Json.createObjectBuilder().add("query", place).add("variables",
                            Json.createObjectBuilder().add("input", Json.createObjectBuilder()
                                    .add("idempotencyKey", "bench-" + run + "-" + n)
                                    .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                            .add("action", "ADD").add("productOfferingId", vm).add("quantity", 1)
                                            .add("region", "ch-zurich"))))).build().toString()));
        }
        if (selected.contains("dashboard")) {
            // on PostgreSQL only: compared with pgbench running the same statements (DashboardVersusPgbench)
            DashboardVersusPgbench.fill();
            scenarios.add(new Scenario("dashboard", "dashboard: 20 customers, contacts, 10 interactions each", "sam",
                    DashboardVersusPgbench.DASHBOARD));
        }
        if (selected.contains("tickets")) {
            TicketQueueBenchmark.fill();
            scenarios.add(new Scenario("tickets", "staff ticket queue, first 20 by time left (TicketQueueBenchmark)",
                    "sam", TicketQueueBenchmark.QUEUE));
        }
        System.out.printf(Locale.ROOT, "CloudCare GraphQL benchmark: %d clients, %d s warm-up, %d s measured, %s%n",
                CLIENTS, WARMUP, SECONDS, GraphQL.ENDPOINT);
        System.out.printf(Locale.ROOT, "%-62s %10s %8s %8s %8s %8s %7s%n", "scenario", "req/s", "p50 ms", "p90 ms",
                "p99 ms", "max ms", "errors");
        Map<String, Result> results = new HashMap<>();
        for (Scenario scenario : scenarios) {
            if (!selected.isEmpty() && !selected.contains(scenario.key)) {
                continue;
            }
            run(scenario, WARMUP);
            Result result = run(scenario, SECONDS);
            results.put(scenario.key, result);
            System.out.printf(Locale.ROOT, "%-62s %10.0f %8.1f %8.1f %8.1f %8.1f %7d%n", scenario.name,
                    result.throughput(), result.percentile(50), result.percentile(90), result.percentile(99),
                    result.percentile(100), result.errors);
        }
        if (results.containsKey("anonymous") && results.containsKey("authenticated")) {
            System.out.printf(Locale.ROOT, "authenticated / anonymous { __typename }: %.0f%% of the throughput%n",
                    100 * results.get("authenticated").throughput() / results.get("anonymous").throughput());
        }
        if (results.containsKey("dashboard")) {
            System.out.println(DashboardVersusPgbench.ratio(results.get("dashboard").throughput(),
                    DashboardVersusPgbench.pgbench(CLIENTS, SECONDS)));
        }
    }

    private static Result run(Scenario scenario, int seconds) throws Exception {
        // HTTP/1.1 as browsers speak it on plain http (an h2c upgrade attempt on every connection measures Grizzly, not CloudCare)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String token = scenario.user == null ? null : Tokens.of(scenario.user);
        HttpRequest fixed = request(Json.createObjectBuilder().add("query", scenario.query).build().toString(), token);
        AtomicLong sequence = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> clients = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                while (System.nanoTime() < end && count < MAX_REQUESTS_PER_CLIENT) {
                    HttpRequest request = scenario.bodies == null ? fixed
                            : request(scenario.bodies.apply(sequence.incrementAndGet()), token);
                    long before = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - before;
                    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                        errors.incrementAndGet();
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = took;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> client : clients) {
            all.add(client.get());
        }
        long elapsed = System.nanoTime() - started;
        pool.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(latencies, elapsed, errors.get());
    }

    private static HttpRequest request(String body, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(GraphQL.ENDPOINT).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    /**
     * {@code user} null: anonymous. {@code bodies}: null when every request sends {@code query} alone, otherwise the
     * request body for the n-th request of the run (for writes that need a new idempotency key each).
     */
    private record Scenario(String key, String name, String user, String query, LongFunction<String> bodies) {

        Scenario(String key, String name, String user, String query) {
            this(key, name, user, query, null);
        }
    }

    private record Result(long[] latencies, long elapsedNanos, long errors) {

        double throughput() {
            return latencies.length / (elapsedNanos / 1e9);
        }

        double percentile(int p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1e6;
        }
    }
}
