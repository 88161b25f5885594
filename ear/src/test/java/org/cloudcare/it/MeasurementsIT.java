package org.cloudcare.it;

import static org.cloudcare.it.support.MeasurementBatches.availability;
import static org.cloudcare.it.support.MeasurementBatches.outage;
import static org.cloudcare.it.support.MeasurementBatches.record;
import static org.cloudcare.it.support.MeasurementBatches.responseTime;
import static org.cloudcare.it.support.MeasurementBatches.rows;
import static org.cloudcare.it.support.MeasurementBatches.subscriptions;
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
import org.cloudcare.it.support.MeasurementBatches;
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

    private static final Instant NOW = MeasurementBatches.YESTERDAY;

    // --- recording ---

    @Test
    void aFullBatchIsRecordedWithItsCountsAndOneAuditLineAndAResendIsADuplicate() {
        String token = Tokens.monitoring();
        String batchId = Demo.unique("batch");
        JsonArray rows = rows(subscriptions(), NOW, 10_000);
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
        assertEquals("batchId", record(token, "x".repeat(65), one).errorField());
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

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
