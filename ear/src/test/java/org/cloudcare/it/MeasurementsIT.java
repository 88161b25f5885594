package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.fuzz.RowCounts;
import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measurements in over HTTP with the monitoring system's real client-credentials token: a 10,000-row batch is
 * recorded with its counts and one audit line; a resend, also one racing the first send, is a duplicate that stores
 * nothing; a batch with invalid rows is refused naming every row and field and stores nothing; nobody else may send
 * measurements, and the monitoring account may do nothing else.
 */
class MeasurementsIT {

    static final String RECORD = "mutation($input: RecordMeasurementsInput!) { recordMeasurements(input: $input) {"
            + " batchId duplicate receivedAt availabilitySamples responseTimeSamples outageEvents } }";
    private static final String SUBSCRIPTIONS = "query($id: ID!) { customer(id: $id) { subscriptions(first: 100) {"
            + " edges { node { id } } } } }";

    // --- recording ---

    @Test
    void aFullBatchIsRecordedWithItsCountsAndOneAuditLineAndAResendIsADuplicate() {
        String token = Tokens.monitoring();
        String batchId = Demo.unique("batch");
        JsonArray rows = rows(subscriptions(), MeasurementsIT.NOW, 10_000);
        RowCounts before = RowCounts.now();

        JsonObject receipt = record(token, batchId, rows).data().getJsonObject("recordMeasurements");

        assertEquals(batchId, receipt.getString("batchId"));
        assertFalse(receipt.getBoolean("duplicate"));
        assertEquals(7_000, receipt.getInt("availabilitySamples"));
        assertEquals(2_000, receipt.getInt("responseTimeSamples"));
        assertEquals(1_000, receipt.getInt("outageEvents"));
        RowCounts after = RowCounts.now();
        assertEquals(before.auditLines() + 1, after.auditLines(), "one audit line per batch, not per row");
        assertEquals("MEASUREMENT_BATCH_RECORDED MeasurementBatch " + batchId + " by"
                + " service-account-cloudcare-monitoring", RowCounts.newestAuditLines(1).get(0));

        JsonObject again = record(token, batchId, rows).data().getJsonObject("recordMeasurements");

        assertTrue(again.getBoolean("duplicate"));
        assertEquals(receipt.getString("receivedAt"), again.getString("receivedAt"));
        assertEquals(7_000, again.getInt("availabilitySamples"));
        assertEquals(2_000, again.getInt("responseTimeSamples"));
        assertEquals(1_000, again.getInt("outageEvents"));
        assertEquals(after, RowCounts.now(), "a resend stores nothing");
    }

    @Test
    void twoRacingSendsOfANewBatchStoreItOnce() throws Exception {
        String token = Tokens.monitoring();
        String batchId = Demo.unique("race");
        JsonArray rows = rows(subscriptions(), NOW, 2_000);
        RowCounts before = RowCounts.now();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<GraphQL.Answer>> sends = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sends.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                return record(token, batchId, rows);
            }));
        }
        go.countDown();

        List<JsonObject> receipts = new ArrayList<>();
        for (CompletableFuture<GraphQL.Answer> send : sends) {
            receipts.add(send.get().data().getJsonObject("recordMeasurements"));
        }
        assertEquals(1, receipts.stream().filter(r -> !r.getBoolean("duplicate")).count(), receipts.toString());
        assertEquals(1, receipts.stream().filter(r -> r.getBoolean("duplicate")).count(), receipts.toString());
        assertEquals(receipts.get(0).getString("receivedAt"), receipts.get(1).getString("receivedAt"));
        assertTrue(receipts.stream().allMatch(r -> r.getInt("availabilitySamples") == 1_400));
        assertEquals(before.auditLines() + 1, RowCounts.now().auditLines());
    }

    // --- refusals ---

    @Test
    void aBatchWithInvalidRowsIsRefusedNamingEveryRowAndFieldAndStoresNothing() {
        String token = Tokens.monitoring();
        String batchId = Demo.unique("bad");
        String subscription = subscriptions().get(0);
        JsonArray rows = Json.createArrayBuilder()
                .add(availability(subscription, NOW.minus(10, ChronoUnit.MINUTES), NOW.minus(5, ChronoUnit.MINUTES)))
                .add(availability(subscription, NOW.minus(5, ChronoUnit.MINUTES), NOW.minus(10, ChronoUnit.MINUTES)))
                .add(responseTime(subscription, NOW, -3))
                .add(responseTime("00000000-0000-0000-0000-000000000000", NOW, 40))
                .add(outage("OUTAGE_START", subscription, Instant.now().plus(1, ChronoUnit.HOURS)))
                .add(Json.createObjectBuilder().add("kind", "OUTAGE_END").add("subscriptionId", subscription)
                        .add("at", "yesterday"))
                .build();
        RowCounts before = RowCounts.now();

        GraphQL.Answer answer = record(token, batchId, rows);

        assertEquals("VALIDATION", answer.errorCode(), answer.body());
        List<String> fields = answer.onlyError().getJsonObject("extensions").getJsonArray("reasons").stream()
                .map(reason -> reason.asJsonObject().getString("field")).toList();
        assertEquals(List.of("measurements[1].intervalEnd", "measurements[2].milliseconds",
                "measurements[4].at", "measurements[5].at", "measurements[3].subscriptionId"), fields,
                answer.body());
        assertTrue(answer.onlyError().getString("message").contains("5 reasons"), answer.body());
        assertEquals(before, RowCounts.now(), "a refused batch stores nothing");

        JsonObject corrected = record(token, batchId, Json.createArrayBuilder().add(rows.get(0)).build()).data()
                .getJsonObject("recordMeasurements");
        assertFalse(corrected.getBoolean("duplicate"), "nothing was recorded under the refused batch's id");
        assertEquals(1, corrected.getInt("availabilitySamples"));
    }

    @Test
    void aBatchBeyondTenThousandRowsIsRefusedAsAWholeAndTheReasonsAreCapped() {
        String token = Tokens.monitoring();
        List<String> subscriptions = subscriptions();
        GraphQL.Answer tooMany = record(token, Demo.unique("big"), rows(subscriptions, NOW, 10_001));
        assertEquals("VALIDATION", tooMany.errorCode(), tooMany.body());
        assertEquals("measurements", tooMany.errorField());

        JsonArrayBuilder negative = Json.createArrayBuilder();
        for (int i = 0; i < 500; i++) {
            negative.add(responseTime(subscriptions.get(0), NOW, -1));
        }
        GraphQL.Answer capped = record(token, Demo.unique("neg"), negative.build());
        assertEquals(100, capped.onlyError().getJsonObject("extensions").getJsonArray("reasons").size());
        assertTrue(capped.onlyError().getString("message").contains("500 reasons, the first 100"), capped.body());
    }

    @Test
    void aBatchIdAndAtLeastOneRowAreRequired() {
        String token = Tokens.monitoring();
        JsonArray one = rows(subscriptions(), NOW, 1);
        assertEquals("batchId", record(token, " ", one).errorField());
        assertEquals("batchId", record(token, "x".repeat(101), one).errorField());
        assertEquals("measurements", record(token, Demo.unique("empty"), JsonValue.EMPTY_JSON_ARRAY).errorField());
    }

    // --- who may ---

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "sam", "selma", "otto", "bruno"})
    void nobodyButTheMonitoringSystemSendsMeasurements(String user) {
        GraphQL.Answer answer = record(Tokens.of(user), Demo.unique("persona"), rows(subscriptions(), NOW, 1));
        assertEquals("FORBIDDEN", answer.errorCode(), answer.body());
    }

    @Test
    void theMonitoringAccountMayDoNothingElse() {
        String token = Tokens.monitoring();
        assertEquals("FORBIDDEN", GraphQL.withToken(token, "{ customers(first: 1) { totalCount } }").errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, "{ troubleTickets(first: 1) { totalCount } }")
                .errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, "query($id: ID!) { customer(id: $id) { id } }", "id",
                Demo.riversideId()).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, "mutation($input: PlaceCustomerOrderInput!) {"
                + " placeCustomerOrder(input: $input) { id } }", "input", Map.of("customerId", Demo.riversideId(),
                        "idempotencyKey", Demo.unique("k"), "items", List.of(Map.of("action", "ADD",
                                "productOfferingId", Demo.offeringId("vm-standard"), "quantity", 1, "region",
                                "ch-zurich"))))
                .errorCode());
    }

    // --- helpers, also for the ingestion benchmark ---

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.DAYS);

    /** The demo customers' subscription ids, as support sees them. */
    static List<String> subscriptions() {
        List<String> ids = new ArrayList<>();
        for (String customer : List.of(Demo.riversideId(), Demo.harborId())) {
            as("sam", SUBSCRIPTIONS, "id", customer).data().getJsonObject("customer").getJsonObject("subscriptions")
                    .getJsonArray("edges").forEach(edge -> ids.add(edge.asJsonObject().getJsonObject("node")
                            .getString("id")));
        }
        return ids;
    }

    /**
     * {@code count} valid rows over the subscriptions, before {@code end}: of every ten, seven availability samples
     * of five minutes, two response times, an outage start and an outage end.
     */
    static JsonArray rows(List<String> subscriptions, Instant end, int count) {
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

    static GraphQL.Answer record(String token, String batchId, JsonArray rows) {
        return GraphQL.post(token, "application/json", Json.createObjectBuilder().add("query", RECORD)
                .add("variables", Json.createObjectBuilder().add("input", Json.createObjectBuilder()
                        .add("batchId", batchId).add("measurements", rows)))
                .build().toString(), "application/json");
    }

    private static JsonObject availability(String subscription, Instant start, Instant end) {
        return Json.createObjectBuilder().add("kind", "AVAILABILITY").add("subscriptionId", subscription)
                .add("intervalStart", start.toString()).add("intervalEnd", end.toString())
                .add("up", start.getEpochSecond() % 7 != 0).build();
    }

    private static JsonObject responseTime(String subscription, Instant at, int milliseconds) {
        return Json.createObjectBuilder().add("kind", "RESPONSE_TIME").add("subscriptionId", subscription)
                .add("measuredAt", at.toString()).add("milliseconds", milliseconds).build();
    }

    private static JsonObject outage(String kind, String subscription, Instant at) {
        return Json.createObjectBuilder().add("kind", kind).add("subscriptionId", subscription)
                .add("at", at.toString()).build();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
