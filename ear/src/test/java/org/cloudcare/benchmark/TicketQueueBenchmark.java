package org.cloudcare.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.support.GraphQL;

/**
 * The staff ticket queue ({@code problems(first: 20)} as sam: every customer's tickets, the least time left
 * first) with {@code -Dbenchmark.tickets} (10,000) tickets in the database. The tickets are made through the product,
 * once: sam records problems on the customers' behalf ({@code reportProblem}, channel {@code PHONE}), 20 aliased
 * mutations per document (the cap per document, each its own transaction), 8 documents at a time, spread over every
 * active subscription of the first 100 customers, with kinds and priorities in turn.
 */
final class TicketQueueBenchmark {

    static final String QUEUE = "{ problems(first: 20) { totalCount edges { node { id customer status priority"
            + " nextDueAt deadlines { kind due timeLeftMinutes breached } } } } }";
    private static final int TICKETS = Integer.getInteger("benchmark.tickets", 10_000);
    private static final int PER_DOCUMENT = 20;
    private static final int WRITERS = 8;
    private static final String[] KINDS = {"INCIDENT", "INCIDENT", "INFORMATION_REQUEST", "CHANGE_REQUEST"};
    private static final String[] PRIORITIES = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};

    private TicketQueueBenchmark() {
    }

    /** Records problems through the API until there are enough tickets. */
    static void fill() throws Exception {
        long existing = count();
        List<String> subscriptions = subscriptions();
        long documents = Math.max(0, (TICKETS - existing + PER_DOCUMENT - 1) / PER_DOCUMENT);
        System.out.printf("tickets: %d exist, recording %d more on %d subscriptions%n", existing,
                documents * PER_DOCUMENT, subscriptions.size());
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                for (long d = next.getAndIncrement(); d < documents; d = next.getAndIncrement()) {
                    StringBuilder document = new StringBuilder("mutation {");
                    for (int i = 0; i < PER_DOCUMENT; i++) {
                        long n = d * PER_DOCUMENT + i;
                        document.append(" r").append(i).append(": reportProblem(input: {subscriptionId: \"")
                                .append(subscriptions.get((int) (n % subscriptions.size()))).append("\", kind: ")
                                .append(KINDS[(int) (n % KINDS.length)]).append(", ticketType: \"availability\",")
                                .append(" severity: MINOR, priority: ").append(PRIORITIES[(int) (n / 7 % 4)])
                                .append(", impact: INDIVIDUAL, description: \"Benchmark ticket ").append(n)
                                .append("\", channel: PHONE, attachments: []}) { id }");
                    }
                    GraphQL.Answer answer = GraphQL.as("sam", document.append(" }").toString());
                    if (answer.errors() != null && !answer.errors().isEmpty()) {
                        failed.incrementAndGet();
                        System.out.println("a document failed: " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        System.out.printf("tickets: %d now (%d documents failed), filled in %.0f s%n", count(), failed.get(),
                (System.nanoTime() - started) / 1e9);
        if (failed.get() > 0) {
            // a queue measured over fewer tickets than asked for would be a figure of another benchmark
            throw new IllegalStateException(failed.get() + " documents of the fill failed; no figures");
        }
    }

    private static long count() {
        return GraphQL.as("sam", "{ problems(first: 0) { totalCount } }").data()
                .getJsonObject("problems").getJsonNumber("totalCount").longValue();
    }

    private static List<String> subscriptions() {
        List<String> ids = new ArrayList<>();
        JsonObject customers = GraphQL.as("sam", "{ customers(first: 100) { edges { node {"
                + " subscriptions(first: 10) { edges { node { id status } } } } } } }").data()
                .getJsonObject("customers");
        for (JsonValue customer : customers.getJsonArray("edges")) {
            for (JsonValue subscription : customer.asJsonObject().getJsonObject("node")
                    .getJsonObject("subscriptions").getJsonArray("edges")) {
                JsonObject node = subscription.asJsonObject().getJsonObject("node");
                if (node.getString("status").equals("ACTIVE")) {
                    ids.add(node.getString("id"));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no active subscription to report problems on");
        }
        return ids;
    }
}
