package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.DeployedCloudCare;
import org.cloudcare.it.support.PayaraDomain;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: "killing Payara in the middle of an order and starting it again loses nothing and carries on", against the
 * real Payara Server with the EAR. bianca places an order whose product orders go to the automatic fulfilment provider
 * (the domain's {@code cloudcare.fulfilment} is {@code automatic} only while she places it, so every other IT keeps
 * selma's manual queue); once a product order has started, the server's JVM is killed ({@code kill -9}, no graceful
 * stop), the domain is started again (the EAR is deployed again at start, on the same database: the H2 file or
 * PostgreSQL), and the order must complete with every step taken exactly once: what was committed before the kill is
 * still there (the milestones seen then keep their moments; H2 writes each commit at once, see
 * {@code ear/payara-server.sh}), no repeated state in the histories or milestones, one subscription per added item, one audit line and one interaction per step, and (PostgreSQL, whose
 * tables the test can read while the server runs) one outbox event per change.
 * <p>
 * Leaves the server running with the application deployed, as the harness expects for the ITs after it.
 */
class OrchestrationRestartIT {

    private static final String AUTOMATIC = "automatic";
    private static final String JOB = "automatic fulfilment";
    private static final Duration STARTED_WITHIN = Duration.ofSeconds(60);
    private static final Duration COMPLETED_WITHIN = Duration.ofMinutes(3);
    private static final String ORDER_FIELDS = "id state stateHistory { from to actor }"
            + " productOrders { id state fulfilment milestones { name reachedAt } }";
    private static final String PLACE = "mutation($input: PlaceCustomerOrderInput!) {"
            + " placeCustomerOrder(input: $input) { " + ORDER_FIELDS + " } }";
    private static final String ORDER = "query($id: ID!) { customerOrder(id: $id) { " + ORDER_FIELDS + " } }";

    @Test
    void anOrderWhoseServerIsKilledMidwayCompletesAfterTheRestartWithEveryStepTakenOnce() throws Exception {
        assumeFalse(DeployedCloudCare.DATABASE.isBlank(), "kills and restarts the server: runs only where the Maven"
                + " harness deployed CloudCare (cloudcare.it.database set)");
        PayaraDomain domain = PayaraDomain.ofThisBuild();

        JsonObject placed;
        domain.setConfigProperty("cloudcare.fulfilment", AUTOMATIC);
        try {
            Thread.sleep(2_500); // the domain's MicroProfile Config cache lives 1 s
            placed = as("bianca", PLACE, "input", Map.of("idempotencyKey", Demo.unique("restart"),
                    "items", List.of(add("ehr-suite", "ch-zurich"), add("vm-standard", "eu-frankfurt")))).data()
                    .getJsonObject("placeCustomerOrder");
        } finally {
            domain.deleteConfigProperty("cloudcare.fulfilment");
        }
        String orderId = placed.getString("id");
        List<JsonObject> productOrders = objects(placed.getJsonArray("productOrders"));
        assertEquals(4, productOrders.size(), "the bundle's three components and the machine");
        assertTrue(productOrders.stream().allMatch(p -> p.getString("fulfilment").equals(AUTOMATIC)),
                "the product orders go to the automatic provider: " + productOrders);

        JsonObject beforeKill = awaitOrder(orderId, STARTED_WITHIN, order -> objects(order.getJsonArray(
                "productOrders")).stream().anyMatch(p -> !p.getString("state").equals("ACKNOWLEDGED")));
        List<String> statesAtKill = objects(beforeKill.getJsonArray("productOrders")).stream()
                .map(p -> p.getString("state")).toList();
        assertTrue(statesAtKill.stream().anyMatch(state -> state.equals("ACKNOWLEDGED") || state.equals("IN_PROGRESS")),
                "product orders still open when the server dies: " + statesAtKill);

        Map<String, List<String>> milestonesAtKill = milestones(beforeKill);
        long killed = domain.killServer();
        System.out.printf("Killed Payara Server (pid %d) with product orders %s on %s%n", killed, statesAtKill,
                DeployedCloudCare.DATABASE);
        Instant restarting = Instant.now();
        domain.start();
        System.out.printf("Payara Server answers again after %d s%n",
                Duration.between(restarting, Instant.now()).toSeconds());

        JsonObject done = awaitOrder(orderId, COMPLETED_WITHIN, order -> order.getString("state").equals("COMPLETED"));
        System.out.printf("Order completed %d s after the restart began%n",
                Duration.between(restarting, Instant.now()).toSeconds());

        assertEquals(List.of("ACKNOWLEDGED", "IN_PROGRESS", "COMPLETED"), objects(done.getJsonArray("stateHistory"))
                .stream().map(change -> change.getString("to")).toList(), "each order state once");
        assertEquals(List.of("bianca", JOB, JOB), objects(done.getJsonArray("stateHistory")).stream()
                .map(change -> change.getString("actor")).toList());
        Map<String, List<String>> milestonesAfter = milestones(done);
        milestonesAtKill.forEach((productOrder, seen) -> assertTrue(milestonesAfter.get(productOrder).containsAll(seen),
                "nothing committed before the kill is lost or taken again: " + seen + " then "
                        + milestonesAfter.get(productOrder)));
        for (JsonObject productOrder : objects(done.getJsonArray("productOrders"))) {
            assertEquals("COMPLETED", productOrder.getString("state"));
            assertEquals(List.of("accepted", "provisioning started", "provisioned automatically", "completed"),
                    objects(productOrder.getJsonArray("milestones")).stream().map(m -> m.getString("name")).toList(),
                    "each milestone once");
            assertEquals(List.of("PRODUCT_ORDER_COMPLETED", "PRODUCT_ORDER_STARTED"),
                    auditActions("ProductOrder", productOrder.getString("id")), "one audit line per step");
        }
        assertEquals(List.of("ORDER_DECOMPOSED", "ORDER_PLACED", "ORDER_STATE_CHANGED", "ORDER_STATE_CHANGED"),
                auditActions("CustomerOrder", orderId));

        List<JsonObject> subscriptions = subscriptionsFrom(orderId);
        assertEquals(2, subscriptions.size(), "one subscription per added item: " + subscriptions);
        assertEquals(Map.of(Demo.offeringId("ehr-suite"), 1L, Demo.offeringId("vm-standard"), 1L), subscriptions
                .stream().collect(Collectors.groupingBy(s -> s.getString("productOfferingId"), Collectors.counting())));
        assertTrue(subscriptions.stream().allMatch(s -> s.getString("status").equals("ACTIVE")), subscriptions::toString);

        List<String> history = interactionsAbout(orderId);
        assertEquals(1, history.stream().filter("Order placed"::equals).count(), history::toString);
        assertEquals(4, history.stream().filter("Product order inProgress"::equals).count(), history::toString);
        assertEquals(4, history.stream().filter("Product order completed"::equals).count(), history::toString);
        assertEquals(9, history.size(), "placed, then one start and one completion of each of 4: " + history);

        if (DeployedCloudCare.DATABASE.equals("postgresql")) {
            assertOneOutboxEventPerChange(orderId, objects(done.getJsonArray("productOrders")).stream()
                    .map(p -> p.getString("id")).toList());
        }
    }

    /** Each product order's milestones as "name at", in order. */
    private static Map<String, List<String>> milestones(JsonObject order) {
        return objects(order.getJsonArray("productOrders")).stream().collect(Collectors.toMap(p -> p.getString("id"),
                p -> objects(p.getJsonArray("milestones")).stream()
                        .map(m -> m.getString("name") + " " + m.getString("reachedAt")).toList()));
    }

    /** Read from the database: the H2 file is locked by the running server, PostgreSQL can be read alongside. */
    private static void assertOneOutboxEventPerChange(String orderId, List<String> productOrderIds)
            throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/cloudcare", "postgres",
                "")) {
            Map<String, List<String>> moves = new HashMap<>();
            try (PreparedStatement query = db.prepareStatement("SELECT aggregate_id, event_type, payload"
                    + " FROM outbox_event WHERE (aggregate_type = 'ProductOrder' AND aggregate_id = ANY (?))"
                    + " OR (aggregate_type = 'CustomerOrder' AND aggregate_id = ?) ORDER BY occurred_at, id")) {
                query.setArray(1, db.createArrayOf("varchar", productOrderIds.toArray()));
                query.setString(2, orderId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        JsonObject payload = Json.createReader(new StringReader(rows.getString(3))).readObject();
                        moves.computeIfAbsent(rows.getString(1) + " " + rows.getString(2), key -> new ArrayList<>())
                                .add(payload.getString("from", "-") + "->" + payload.getString("to", "-"));
                    }
                }
            }
            for (String productOrderId : productOrderIds) {
                assertEquals(List.of("-->ACKNOWLEDGED", "ACKNOWLEDGED->IN_PROGRESS", "IN_PROGRESS->COMPLETED"),
                        sorted(moves.get(productOrderId + " order.product-order-state-changed")),
                        "one outbox event per move of product order " + productOrderId + ": " + moves);
            }
            assertEquals(List.of("-->ACKNOWLEDGED", "ACKNOWLEDGED->IN_PROGRESS", "IN_PROGRESS->COMPLETED"),
                    sorted(moves.get(orderId + " order.state-changed")), "one outbox event per order state: " + moves);
        }
    }

    private static List<String> sorted(List<String> moves) {
        return moves == null ? List.of() : moves.stream().sorted().toList();
    }

    private static JsonObject awaitOrder(String id, Duration within, Predicate<JsonObject> reached)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        JsonObject order;
        do {
            order = as("bianca", ORDER, "id", id).data().getJsonObject("customerOrder");
            if (reached.test(order)) {
                return order;
            }
            Thread.sleep(300);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("The order did not get there within " + within + ": " + order);
    }

    /** The audit actions on one entity, in alphabetical order (lines written in one transaction share a moment). */
    private static List<String> auditActions(String entityType, String entityId) {
        return objects(as("sam", "query($type: String, $id: String) { auditTrail(entityType: $type, entityId: $id,"
                + " first: 100) { edges { node { action } } } }", "type", entityType, "id", entityId).data()
                .getJsonObject("auditTrail").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node").getString("action")).sorted().toList();
    }

    private static List<JsonObject> subscriptionsFrom(String orderId) {
        return objects(as("sam", "query($id: ID!) { customer(id: $id) { subscriptions(first: 100) { edges { node {"
                + " id status productOfferingId orderId } } } } }", "id", Demo.riversideId()).data()
                .getJsonObject("customer").getJsonObject("subscriptions").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node"))
                .filter(node -> orderId.equals(node.getString("orderId", null))).toList();
    }

    private static List<String> interactionsAbout(String orderId) {
        return objects(as("sam", "query($id: ID!) { customer(id: $id) { interactions(first: 100) {"
                + " edges { node { subject relatedEntityId } } } } }", "id", Demo.riversideId()).data()
                .getJsonObject("customer").getJsonObject("interactions").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node"))
                .filter(node -> orderId.equals(node.getString("relatedEntityId", null)))
                .map(node -> node.getString("subject")).toList();
    }

    private static Map<String, Object> add(String code, String region) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("action", "ADD");
        item.put("productOfferingId", Demo.offeringId(code));
        item.put("quantity", 1);
        item.put("region", region);
        return item;
    }

    private static List<JsonObject> objects(jakarta.json.JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }
}
