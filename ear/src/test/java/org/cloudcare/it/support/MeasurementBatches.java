package org.cloudcare.it.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** Measurement batches as the monitoring system sends them, for MeasurementsIT and the ingestion benchmark. */
public final class MeasurementBatches {

    public static final String RECORD = "mutation($input: RecordMeasurementsInput!) { recordMeasurements(input:"
            + " $input) { batchId duplicate receivedAt availabilitySamples responseTimeSamples outageEvents } }";
    private static final String SUBSCRIPTIONS = "query($id: ID!) { customer(id: $id) { subscriptions(first: 100) {"
            + " edges { node { id } } } } }";

    /** A day ago, to the minute: the end of generated rows, far from the future-moment check. */
    public static final Instant YESTERDAY = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.DAYS);

    private MeasurementBatches() {
    }

    /** The demo customers' subscription ids, as support sees them. */
    public static List<String> subscriptions() {
        List<String> ids = new ArrayList<>();
        for (String customer : List.of(Demo.riversideId(), Demo.harborId())) {
            GraphQL.as("sam", SUBSCRIPTIONS, "id", customer).data().getJsonObject("customer")
                    .getJsonObject("subscriptions").getJsonArray("edges").forEach(edge -> ids.add(
                            edge.asJsonObject().getJsonObject("node").getString("id")));
        }
        return ids;
    }

    /**
     * {@code count} valid rows over the subscriptions, ending before {@code end}: of every ten, seven availability
     * samples of five minutes, two response times and one outage event (starts and ends in turn).
     */
    public static JsonArray rows(List<String> subscriptions, Instant end, int count) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            String subscription = subscriptions.get(i % subscriptions.size());
            Instant at = end.minus(5L * (count - i), ChronoUnit.MINUTES);
            rows.add(switch (i % 10) {
                case 7, 8 -> responseTime(subscription, at, 20 + i % 300);
                case 9 -> outage(i % 20 == 9 ? "OUTAGE_START" : "OUTAGE_END", subscription, at);
                default -> availability(subscription, at, at.plus(5, ChronoUnit.MINUTES));
            });
        }
        return rows.build();
    }

    /** The request body of recordMeasurements for this batch. */
    public static String body(String batchId, JsonArray rows) {
        return Json.createObjectBuilder().add("query", RECORD).add("variables", Json.createObjectBuilder()
                .add("input", Json.createObjectBuilder().add("batchId", batchId).add("measurements", rows)))
                .build().toString();
    }

    public static GraphQL.Answer record(String token, String batchId, JsonArray rows) {
        return GraphQL.post(token, "application/json", body(batchId, rows), "application/json");
    }

    public static JsonObject availability(String subscription, Instant start, Instant end) {
        return Json.createObjectBuilder().add("kind", "AVAILABILITY").add("subscriptionId", subscription)
                .add("intervalStart", start.toString()).add("intervalEnd", end.toString())
                .add("up", start.getEpochSecond() % 7 != 0).build();
    }

    public static JsonObject responseTime(String subscription, Instant at, int milliseconds) {
        return Json.createObjectBuilder().add("kind", "RESPONSE_TIME").add("subscriptionId", subscription)
                .add("measuredAt", at.toString()).add("milliseconds", milliseconds).build();
    }

    public static JsonObject outage(String kind, String subscription, Instant at) {
        return Json.createObjectBuilder().add("kind", kind).add("subscriptionId", subscription)
                .add("at", at.toString()).build();
    }
}
