package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

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
 * Customer orders over HTTP with real Keycloak tokens: bianca places, Riverside's users read, Harbor's users get
 * NOT_FOUND, selma works the queue and the cancellations, the other staff read, the monitoring account and anonymous
 * callers get nothing; an idempotent retry and two concurrent submissions give one order; bad input is refused with
 * every reason and leaves nothing behind; a three-item order with a bundle goes all the way into subscriptions.
 */
class CustomerOrdersIT {

    private static final String ORDER_FIELDS = "id customerId idempotencyKey state tmfState jeopardy jeopardySince placedBy"
            + " cancellationReason cancellationDenialReason completedOnTime version"
            + " items { position action productOfferingId quantity region subscriptionId }"
            + " productOrders { id position itemPosition productOfferingId bundleOfferingId state tmfState stateReason"
            + " fulfilment nextStepAt milestones { name reachedAt } }"
            + " stateHistory { sequence from to actor changedAt reason }";
    private static final String PLACE = "mutation($input: PlaceCustomerOrderInput!) {"
            + " placeCustomerOrder(input: $input) { " + ORDER_FIELDS + " } }";
    private static final String ORDER = "query($id: ID!) { customerOrder(id: $id) { " + ORDER_FIELDS + " } }";
    private static final String ORDERS = "query($customer: ID, $state: CustomerOrderState) {"
            + " customerOrders(customerId: $customer, state: $state, first: 100) { totalCount"
            + " edges { node { id customerId idempotencyKey state } } } }";
    private static final String QUEUE = "query($state: ProductOrderState) { productOrderQueue(first: 100, state: $state)"
            + " { totalCount edges { node { id state customerOrderId customerOrder { id customerId } } } } }";
    private static final String START = "mutation($id: ID!) { startProductOrder(id: $id) { id state milestones { name } } }";
    private static final String COMPLETE = "mutation($id: ID!) { completeProductOrder(id: $id) { id state } }";
    private static final String FAIL = "mutation($id: ID!, $reason: String!) { failProductOrder(id: $id, reason: $reason)"
            + " { id state stateReason } }";
    private static final String CANCEL = "mutation($id: ID!, $reason: String!) { cancelCustomerOrder(id: $id,"
            + " reason: $reason) { " + ORDER_FIELDS + " } }";
    private static final String ACCEPT = "mutation($id: ID!) { acceptCustomerOrderCancellation(id: $id) { "
            + ORDER_FIELDS + " } }";
    private static final String DENY = "mutation($id: ID!, $reason: String!) { denyCustomerOrderCancellation(id: $id,"
            + " reason: $reason) { " + ORDER_FIELDS + " } }";
    private static final String HOLD = "mutation($id: ID!, $reason: String!) { holdCustomerOrder(id: $id,"
            + " reason: $reason) { " + ORDER_FIELDS + " } }";
    private static final String PEND = "mutation($id: ID!, $reason: String!) { pendCustomerOrder(id: $id,"
            + " reason: $reason) { " + ORDER_FIELDS + " } }";
    private static final String RESUME = "mutation($id: ID!) { resumeCustomerOrder(id: $id) { " + ORDER_FIELDS + " } }";
    private static final String HOLD_PRODUCT_ORDER = "mutation($id: ID!, $reason: String!) { holdProductOrder(id: $id,"
            + " reason: $reason) { id state stateReason } }";
    private static final String PEND_PRODUCT_ORDER = "mutation($id: ID!, $reason: String!) { pendProductOrder(id: $id,"
            + " reason: $reason) { id state stateReason customerOrder { id state } } }";
    private static final String RESUME_PRODUCT_ORDER = "mutation($id: ID!) { resumeProductOrder(id: $id) { id state"
            + " stateReason customerOrder { id state } } }";
    private static final String IN_JEOPARDY = "{ customerOrdersInJeopardy(first: 100) { totalCount edges { node { id"
            + " jeopardy jeopardySince } } } }";
    private static final String SUBSCRIPTIONS = "query($id: ID!) { customer(id: $id) { subscriptions(first: 100) {"
            + " totalCount edges { node { id name status region productOfferingId quantity orderId } } } } }";

    // --- placing and reading ---

    @Test
    void biancaPlacesAThreeItemOrderWithABundleAndSelmaCompletesItIntoSubscriptions() {
        long started = System.nanoTime();
        JsonObject order = place("bianca", Demo.unique("bundle"), List.of(add("ehr-suite", 1, "ch-zurich"),
                add("vm-standard", 3, "eu-frankfurt"), add("postgresql-managed", 2, "ch-geneva")));
        long placed = System.nanoTime();
        assertEquals("ACKNOWLEDGED", order.getString("state"));
        assertEquals("acknowledged", order.getString("tmfState"));
        assertEquals(Demo.riversideId(), order.getString("customerId"));
        assertEquals("bianca", order.getString("placedBy"));
        assertEquals(3, order.getJsonArray("items").size());
        List<JsonObject> productOrders = objects(order.getJsonArray("productOrders"));
        assertEquals(5, productOrders.size(), "the bundle is one product order per component: 3 + 1 + 1");
        assertEquals(Set.of(idOf("ehr-records"), idOf("ehr-backup"), idOf("ehr-archive")), productOrders.stream()
                .filter(p -> p.getInt("itemPosition") == 0).map(p -> p.getString("productOfferingId"))
                .collect(Collectors.toSet()));
        assertTrue(productOrders.stream().filter(p -> p.getInt("itemPosition") == 0)
                .allMatch(p -> p.getString("bundleOfferingId").equals(idOf("ehr-suite"))));
        assertTrue(productOrders.stream().allMatch(p -> p.getString("state").equals("ACKNOWLEDGED")
                && names(p.getJsonArray("milestones")).equals(List.of("accepted"))));

        Set<String> queued = objects(as("selma", QUEUE).data().getJsonObject("productOrderQueue")
                .getJsonArray("edges")).stream().map(edge -> edge.getJsonObject("node").getString("id"))
                .collect(Collectors.toSet());
        Set<String> ids = productOrders.stream().map(p -> p.getString("id")).collect(Collectors.toSet());
        assertTrue(queued.containsAll(ids), "the queue shows the new product orders");

        int before = subscriptionsOf(Demo.riversideId()).size();
        for (JsonObject productOrder : productOrders) {
            JsonObject startedOrder = as("selma", START, "id", productOrder.getString("id")).data()
                    .getJsonObject("startProductOrder");
            assertEquals("IN_PROGRESS", startedOrder.getString("state"));
            assertEquals(List.of("accepted", "provisioning started"), names(startedOrder.getJsonArray("milestones")));
            assertEquals("IN_PROGRESS", read("alice", order.getString("id")).getString("state"));
            assertEquals("COMPLETED", as("selma", COMPLETE, "id", productOrder.getString("id")).data()
                    .getJsonObject("completeProductOrder").getString("state"));
        }
        long completed = System.nanoTime();
        System.out.printf("3-item order with a bundle (5 product orders): placed in %d ms, placed and completed"
                + " through GraphQL in %d ms%n", (placed - started) / 1_000_000, (completed - started) / 1_000_000);

        JsonObject done = read("adam", order.getString("id"));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(List.of("ACKNOWLEDGED", "IN_PROGRESS", "COMPLETED"), objects(done.getJsonArray("stateHistory"))
                .stream().map(change -> change.getString("to")).toList());
        assertEquals(List.of("bianca", "selma", "selma"), objects(done.getJsonArray("stateHistory")).stream()
                .map(change -> change.getString("actor")).toList());
        List<JsonObject> subscriptions = subscriptionsOf(Demo.riversideId());
        assertEquals(before + 3, subscriptions.size());
        List<JsonObject> fromOrder = subscriptions.stream()
                .filter(s -> order.getString("id").equals(s.getString("orderId", null))).toList();
        assertEquals(3, fromOrder.size(), fromOrder::toString);
        assertTrue(fromOrder.stream().allMatch(s -> s.getString("status").equals("ACTIVE")));
        JsonObject machines = fromOrder.stream().filter(s -> s.getString("productOfferingId").equals(
                idOf("vm-standard"))).findFirst().orElseThrow();
        assertEquals(3, machines.getInt("quantity"));
        assertEquals("eu-frankfurt", machines.getString("region"));
        assertFalse(queuedIds().stream().anyMatch(ids::contains), "finished product orders leave the queue");

        List<String> history = objects(as("sam", "query($id: ID!) { customer(id: $id) { interactions(first: 100) {"
                + " edges { node { subject relatedEntityId } } } } }", "id", Demo.riversideId()).data()
                .getJsonObject("customer").getJsonObject("interactions").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node"))
                .filter(node -> order.getString("id").equals(node.getString("relatedEntityId", null)))
                .map(node -> node.getString("subject")).toList();
        assertTrue(history.contains("Order placed"), history::toString);
        assertEquals(11, history.size(), "placed, then a start and a completion of each of 5: " + history);
        List<String> audit = RowCounts.newestAuditLines(20);
        assertTrue(audit.stream().anyMatch(line -> line.startsWith("SUBSCRIPTION_ACTIVATED Subscription")
                && line.endsWith("by selma")), audit::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "sam", "selma", "otto", "bruno"})
    void riversidesUsersAndProviderStaffReadRiversidesOrder(String user) {
        String id = demoOrderInProgress();
        JsonObject order = read(user, id);
        assertEquals(Demo.riversideId(), order.getString("customerId"));
        assertEquals("IN_PROGRESS", order.getString("state"));
        assertEquals(3, order.getJsonArray("productOrders").size());
        List<JsonObject> listed = objects(as(user, ORDERS).data().getJsonObject("customerOrders")
                .getJsonArray("edges")).stream().map(edge -> edge.getJsonObject("node")).toList();
        assertTrue(listed.stream().anyMatch(node -> node.getString("id").equals(id)));
        if (Set.of("alice", "adam", "bianca").contains(user)) {
            assertTrue(listed.stream().allMatch(node -> node.getString("customerId").equals(Demo.riversideId())),
                    "a customer's user sees its own orders only");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hugo", "harriet"})
    void harborsUsersNeverSeeRiversidesOrders(String user) {
        String id = demoOrderInProgress();
        GraphQL.Answer answer = as(user, ORDER, "id", id);
        assertEquals("NOT_FOUND", answer.errorCode(), answer.body());
        assertEquals(JsonValue.NULL, answer.json().get("data").asJsonObject().get("customerOrder"));
        JsonObject listed = as(user, ORDERS, "customer", Demo.riversideId()).data().getJsonObject("customerOrders");
        assertEquals(0, listed.getInt("totalCount"));
        assertTrue(objects(as(user, ORDERS).data().getJsonObject("customerOrders").getJsonArray("edges")).stream()
                .allMatch(edge -> edge.getJsonObject("node").getString("customerId").equals(Demo.harborId())));
        // hugo may cancel Harbor's orders, so Riverside's is NOT_FOUND; harriet may cancel none at all
        assertEquals(user.equals("hugo") ? "NOT_FOUND" : "FORBIDDEN",
                as(user, CANCEL, "id", id, "reason", "not mine").errorCode());
    }

    @Test
    void harborsAdministratorPlacesForHarborButNeverForRiverside() {
        RowCounts before = RowCounts.now();
        GraphQL.Answer foreign = as("hugo", PLACE, "input", input(Demo.riversideId(), Demo.unique("k"),
                List.of(add("vm-standard", 1, "ch-zurich"))));
        assertEquals("NOT_FOUND", foreign.errorCode(), foreign.body());
        assertEquals(before, RowCounts.now());
        JsonObject own = place("hugo", Demo.unique("harbor"), List.of(add("vm-standard", 1, "ch-geneva")));
        assertEquals(Demo.harborId(), own.getString("customerId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "harriet", "sam", "selma", "otto", "bruno"})
    void onlyTheCustomersBusinessManagerAndAdministratorPlaceAndCancel(String user) {
        RowCounts before = RowCounts.now();
        long orders = orderCount();
        GraphQL.Answer answer = as(user, PLACE, "input", input(Demo.riversideId(), Demo.unique("k"),
                List.of(add("vm-standard", 1, "ch-zurich"))));
        assertEquals("FORBIDDEN", answer.errorCode(), answer.body());
        assertEquals("FORBIDDEN", as(user, CANCEL, "id", demoOrderInProgress(), "reason", "no").errorCode());
        assertEquals(before, RowCounts.now());
        assertEquals(orders, orderCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "sam", "otto", "bruno"})
    void onlyTheServiceManagerWorksProductOrdersAndCancellations(String user) {
        String order = demoOrderInProgress();
        String productOrder = objects(read("selma", order).getJsonArray("productOrders")).get(1).getString("id");
        for (GraphQL.Answer answer : List.of(as(user, START, "id", productOrder), as(user, COMPLETE, "id", productOrder),
                as(user, FAIL, "id", productOrder, "reason", "no"), as(user, ACCEPT, "id", order),
                as(user, DENY, "id", order, "reason", "no"), as(user, HOLD, "id", order, "reason", "no"),
                as(user, PEND, "id", order, "reason", "no"), as(user, RESUME, "id", order),
                as(user, HOLD_PRODUCT_ORDER, "id", productOrder, "reason", "no"),
                as(user, PEND_PRODUCT_ORDER, "id", productOrder, "reason", "no"),
                as(user, RESUME_PRODUCT_ORDER, "id", productOrder))) {
            assertEquals("FORBIDDEN", answer.errorCode(), answer.body());
        }
        GraphQL.Answer queue = as(user, QUEUE);
        GraphQL.Answer watchList = as(user, IN_JEOPARDY);
        if (Set.of("sam", "otto", "bruno").contains(user)) {
            assertTrue(queue.data().getJsonObject("productOrderQueue").getInt("totalCount") >= 2);
            assertTrue(watchList.data().getJsonObject("customerOrdersInJeopardy").getInt("totalCount") >= 0);
        } else {
            assertEquals("FORBIDDEN", queue.errorCode(), queue.body());
            assertEquals("FORBIDDEN", watchList.errorCode(), watchList.body());
        }
        assertEquals("IN_PROGRESS", read("selma", order).getString("state"), "nothing changed");
    }

    @Test
    void theMonitoringAccountAndAnonymousCallersGetNothing() {
        String order = demoOrderInProgress();
        String token = Tokens.monitoring();
        assertEquals("FORBIDDEN", GraphQL.withToken(token, ORDER, "id", order).errorCode());
        assertEquals("UNAUTHENTICATED", as(null, ORDER, "id", order).errorCode());
        for (String document : List.of(ORDERS, QUEUE, IN_JEOPARDY)) {
            assertEquals("FORBIDDEN", GraphQL.withToken(token, document).errorCode(), document);
            assertEquals("UNAUTHENTICATED", as(null, document).errorCode(), document);
        }
        Map<String, Object> input = input(null, Demo.unique("k"), List.of(add("vm-standard", 1, "ch-zurich")));
        assertEquals("FORBIDDEN", GraphQL.withToken(token, PLACE, "input", input).errorCode());
        assertEquals("UNAUTHENTICATED", as(null, PLACE, "input", input).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, CANCEL, "id", order, "reason", "x").errorCode());
        assertEquals("UNAUTHENTICATED", as(null, START, "id", order).errorCode());
        assertEquals("UNAUTHENTICATED", as(null, ACCEPT, "id", order).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, HOLD, "id", order, "reason", "x").errorCode());
        assertEquals("UNAUTHENTICATED", as(null, HOLD, "id", order, "reason", "x").errorCode());
        assertEquals("UNAUTHENTICATED", as(null, RESUME_PRODUCT_ORDER, "id", order).errorCode());
    }

    // --- idempotency ---

    @Test
    void aRetryWithTheSameKeyAnswersTheSameOrderAndOtherContentIsAConflict() {
        String key = Demo.unique("retry");
        List<Map<String, Object>> items = List.of(add("vm-standard", 1, "ch-zurich"));
        JsonObject first = place("bianca", key, items);
        RowCounts before = RowCounts.now();
        long orders = orderCount();
        JsonObject again = place("bianca", key, items);
        assertEquals(first.getString("id"), again.getString("id"));
        assertEquals(before, RowCounts.now(), "a retry writes nothing");
        GraphQL.Answer other = as("bianca", PLACE, "input", input(null, key, List.of(add("vm-standard", 2,
                "ch-zurich"))));
        assertEquals("CONFLICT", other.errorCode(), other.body());
        assertEquals(orders, orderCount());
    }

    @Test
    void twoClientsSubmittingTheSameKeyAtOnceGetOneOrder() throws Exception {
        String key = Demo.unique("race");
        List<Map<String, Object>> items = List.of(add("postgresql-managed", 1, "ch-zurich"));
        long orders = orderCount();
        Tokens.of("bianca");
        Tokens.of("adam");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<GraphQL.Answer>> answers = new ArrayList<>();
            for (String user : List.of("bianca", "adam")) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return as(user, PLACE, "input", input(null, key, items));
                }, pool));
            }
            start.countDown();
            Set<String> ids = answers.stream().map(CompletableFuture::join)
                    .map(answer -> answer.data().getJsonObject("placeCustomerOrder").getString("id"))
                    .collect(Collectors.toSet());
            assertEquals(1, ids.size(), "both clients get the one order: " + ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(orders + 1, orderCount());
    }

    // --- bad input ---

    @Test
    void aBadOrderIsRefusedWithEveryReasonAndLeavesNothingBehind() {
        String harborSubscription = subscriptionsOf(Demo.harborId()).get(0).getString("id");
        RowCounts before = RowCounts.now();
        long orders = orderCount();
        int subscriptions = subscriptionsOf(Demo.riversideId()).size();
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("ADD", idOf("ai-imaging-triage"), 1, "ch-zurich", null));     // a draft: not orderable
        items.add(add("vm-standard", 1, "us-east"));                                  // region not offered
        items.add(add("postgresql-managed", 0, "ch-zurich"));                         // quantity 0
        items.add(item("MODIFY", idOf("vm-standard"), 2, "ch-geneva", harborSubscription)); // Harbor's
        items.add(item("ADD", "no-such-offering", 1, "ch-zurich", null));             // unknown
        GraphQL.Answer answer = as("bianca", PLACE, "input", input(null, Demo.unique("bad"), items));

        assertEquals("VALIDATION", answer.errorCode(), answer.body());
        // every reason at once, each naming its field, in the message; extensions.field is the first of them
        Set<String> fields = Set.of("items[0].productOfferingId", "items[1].region", "items[2].quantity",
                "items[3].subscriptionId", "items[4].productOfferingId");
        String message = answer.onlyError().getString("message");
        for (String field : fields) {
            assertTrue(message.contains(field + ": "), field + " missing in " + message);
        }
        assertTrue(fields.contains(answer.errorField()), answer.body());
        assertEquals(fields, objects(answer.onlyError().getJsonObject("extensions").getJsonArray("reasons")).stream()
                .map(reason -> reason.getString("field")).collect(Collectors.toSet()), answer.body());
        assertEquals(before, RowCounts.now());
        assertEquals(orders, orderCount());
        assertEquals(subscriptions, subscriptionsOf(Demo.riversideId()).size());

        GraphQL.Answer noItems = as("bianca", PLACE, "input", input(null, Demo.unique("bad"), List.of()));
        assertEquals("VALIDATION", noItems.errorCode());
        assertEquals("items", noItems.errorField());
        GraphQL.Answer badDate = as("bianca", PLACE, "input", Map.of("idempotencyKey", Demo.unique("bad"),
                "requestedCompletionDate", "tomorrow", "items", List.of(add("vm-standard", 1, "ch-zurich"))));
        assertEquals("VALIDATION", badDate.errorCode());
        assertEquals("requestedCompletionDate", badDate.errorField());
        assertEquals(before, RowCounts.now());
    }

    // --- fulfilment moves and cancellation ---

    @Test
    void aFailedProductOrderFailsAOneItemOrderAndIllegalMovesAreConflicts() {
        JsonObject order = place("bianca", Demo.unique("fail"), List.of(add("vm-standard", 1, "ch-zurich")));
        String productOrder = objects(order.getJsonArray("productOrders")).get(0).getString("id");
        assertEquals("CONFLICT", as("selma", COMPLETE, "id", productOrder).errorCode(), "not started yet");
        as("selma", START, "id", productOrder).data();
        assertEquals("CONFLICT", as("selma", START, "id", productOrder).errorCode(), "already started");
        JsonObject failed = as("selma", FAIL, "id", productOrder, "reason", "No capacity left in ch-zurich.").data()
                .getJsonObject("failProductOrder");
        assertEquals("FAILED", failed.getString("state"));
        assertEquals("No capacity left in ch-zurich.", failed.getString("stateReason"));
        JsonObject afterwards = read("bianca", order.getString("id"));
        assertEquals("FAILED", afterwards.getString("state"));
        assertEquals("CONFLICT", as("selma", COMPLETE, "id", productOrder).errorCode());
        assertEquals("CONFLICT", as("bianca", CANCEL, "id", order.getString("id"), "reason", "late").errorCode());
        assertEquals("NOT_FOUND", as("selma", START, "id", "no-such-product-order").errorCode());
    }

    @Test
    void biancaAsksToCancelAndSelmaAcceptsWhichCancelsTheOpenProductOrders() {
        JsonObject order = place("bianca", Demo.unique("cancel"), List.of(add("ehr-suite", 1, "ch-zurich")));
        String id = order.getString("id");
        String first = objects(order.getJsonArray("productOrders")).get(0).getString("id");
        as("selma", START, "id", first).data();
        JsonObject asked = as("bianca", CANCEL, "id", id, "reason", "Budget moved to next year.").data()
                .getJsonObject("cancelCustomerOrder");
        assertEquals("ASSESSING_CANCELLATION", asked.getString("state"));
        assertEquals("Budget moved to next year.", asked.getString("cancellationReason"));
        assertEquals("CONFLICT", as("bianca", CANCEL, "id", id, "reason", "again").errorCode());
        JsonObject cancelled = as("selma", ACCEPT, "id", id).data().getJsonObject("acceptCustomerOrderCancellation");
        assertEquals("CANCELLED", cancelled.getString("state"));
        assertTrue(objects(cancelled.getJsonArray("productOrders")).stream()
                .allMatch(p -> p.getString("state").equals("CANCELLED")));
        assertEquals(List.of("ACKNOWLEDGED", "IN_PROGRESS", "ASSESSING_CANCELLATION", "PENDING_CANCELLATION",
                "CANCELLED"), objects(cancelled.getJsonArray("stateHistory")).stream()
                .map(change -> change.getString("to")).toList());
        assertEquals("CONFLICT", as("selma", COMPLETE, "id", first).errorCode());
        assertEquals("CONFLICT", as("selma", DENY, "id", id, "reason", "too late").errorCode());
        assertFalse(queuedIds().contains(first));
    }

    @Test
    void selmaDeniesACancellationAndTheOrderGoesOn() {
        JsonObject order = place("adam", Demo.unique("deny"), List.of(add("vm-standard", 2, "ch-geneva")));
        String id = order.getString("id");
        String productOrder = objects(order.getJsonArray("productOrders")).get(0).getString("id");
        as("selma", START, "id", productOrder).data();
        as("bianca", CANCEL, "id", id, "reason", "Ordered by mistake.").data();
        JsonObject denied = as("selma", DENY, "id", id, "reason", "The machine is already provisioned.").data()
                .getJsonObject("denyCustomerOrderCancellation");
        assertEquals("IN_PROGRESS", denied.getString("state"));
        assertEquals("The machine is already provisioned.", denied.getString("cancellationDenialReason"));
        JsonObject last = objects(denied.getJsonArray("stateHistory")).get(denied.getJsonArray("stateHistory")
                .size() - 1);
        assertEquals("selma", last.getString("actor"));
        assertEquals("The machine is already provisioned.", last.getString("reason"));
        assertEquals("CONFLICT", as("selma", ACCEPT, "id", id).errorCode(), "nothing to accept any more");
        as("selma", COMPLETE, "id", productOrder).data();
        assertEquals("COMPLETED", read("alice", id).getString("state"));
    }

    // --- pending, held and resumed; jeopardy ---

    @Test
    void selmaHoldsPendsAndResumesAnOrderAndItsProductOrdersWithReasonsTheCustomerSees() {
        JsonObject order = place("bianca", Demo.unique("hold"), List.of(add("vm-standard", 1, "ch-zurich"),
                add("vm-standard", 2, "ch-geneva")));
        String id = order.getString("id");
        List<JsonObject> productOrders = objects(order.getJsonArray("productOrders"));
        String vm = productOrders.get(0).getString("id");
        String secondVm = productOrders.get(1).getString("id");
        assertEquals("manual", productOrders.get(0).getString("fulfilment"), "selma's queue by default");
        assertEquals("CONFLICT", as("selma", HOLD, "id", id, "reason", "Too early.").errorCode(),
                "an acknowledged order is not held");
        as("selma", START, "id", vm).data();

        JsonObject held = as("selma", HOLD, "id", id, "reason", "Data centre maintenance tonight.").data()
                .getJsonObject("holdCustomerOrder");
        assertEquals("HELD", held.getString("state"));
        assertEquals(List.of("HELD", "ACKNOWLEDGED"), objects(held.getJsonArray("productOrders")).stream()
                .map(p -> p.getString("state")).toList());
        assertEquals("Data centre maintenance tonight.", objects(held.getJsonArray("productOrders")).get(0)
                .getString("stateReason"));
        assertEquals("CONFLICT", as("selma", HOLD, "id", id, "reason", "Twice.").errorCode());
        assertEquals("CONFLICT", as("selma", PEND, "id", id, "reason", "Held already.").errorCode());
        assertEquals("VALIDATION", as("selma", PEND, "id", id, "reason", " ").errorCode());
        JsonObject seenByBianca = read("bianca", id);
        assertEquals("HELD", seenByBianca.getString("state"));
        JsonObject last = objects(seenByBianca.getJsonArray("stateHistory")).get(seenByBianca
                .getJsonArray("stateHistory").size() - 1);
        assertEquals("selma", last.getString("actor"));
        assertEquals("Data centre maintenance tonight.", last.getString("reason"));

        JsonObject resumed = as("selma", RESUME, "id", id).data().getJsonObject("resumeCustomerOrder");
        assertEquals("IN_PROGRESS", resumed.getString("state"));
        assertEquals("IN_PROGRESS", objects(resumed.getJsonArray("productOrders")).get(0).getString("state"));
        assertEquals("CONFLICT", as("selma", RESUME, "id", id).errorCode(), "nothing to resume");

        JsonObject pended = as("selma", PEND_PRODUCT_ORDER, "id", vm, "reason", "Waiting for the firewall rules.")
                .data().getJsonObject("pendProductOrder");
        assertEquals("PENDING", pended.getString("state"));
        assertEquals("PENDING", pended.getJsonObject("customerOrder").getString("state"), "the order follows");
        assertEquals("CONFLICT", as("selma", HOLD_PRODUCT_ORDER, "id", secondVm, "reason", "x").errorCode(),
                "an acknowledged product order is not held");
        assertEquals("CONFLICT", as("selma", PEND_PRODUCT_ORDER, "id", vm, "reason", "again").errorCode());
        JsonObject goesOn = as("selma", RESUME_PRODUCT_ORDER, "id", vm).data().getJsonObject("resumeProductOrder");
        assertEquals("IN_PROGRESS", goesOn.getString("state"));
        assertEquals("IN_PROGRESS", goesOn.getJsonObject("customerOrder").getString("state"));
        assertEquals("CONFLICT", as("selma", RESUME_PRODUCT_ORDER, "id", vm).errorCode());
        assertEquals("HELD", as("selma", HOLD_PRODUCT_ORDER, "id", vm, "reason", "Disk swap.").data()
                .getJsonObject("holdProductOrder").getString("state"));
        assertEquals("HELD", read("alice", id).getString("state"), "alice reads it too");

        JsonObject pendedOrder = as("selma", RESUME, "id", id).data().getJsonObject("resumeCustomerOrder");
        assertEquals("IN_PROGRESS", pendedOrder.getString("state"));
        assertEquals("PENDING", as("selma", PEND, "id", id, "reason", "Waiting for the customer's go.").data()
                .getJsonObject("pendCustomerOrder").getString("state"));
        as("selma", RESUME, "id", id).data();
        as("selma", COMPLETE, "id", vm).data();
        as("selma", START, "id", secondVm).data();
        as("selma", COMPLETE, "id", secondVm).data();
        JsonObject done = read("bianca", id);
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals("CONFLICT", as("selma", HOLD, "id", id, "reason", "Too late.").errorCode());
        assertEquals(List.of("ACKNOWLEDGED", "IN_PROGRESS", "HELD", "IN_PROGRESS", "PENDING", "IN_PROGRESS", "HELD",
                "IN_PROGRESS", "PENDING", "IN_PROGRESS", "COMPLETED"), objects(done.getJsonArray("stateHistory"))
                .stream().map(change -> change.getString("to")).toList());
        assertEquals("NOT_FOUND", as("selma", HOLD, "id", "no-such-order", "reason", "x").errorCode());
        assertEquals("NOT_FOUND", as("selma", RESUME_PRODUCT_ORDER, "id", "no-such-product-order").errorCode());
    }

    @Test
    void anOrderPastItsRequestedDateIsInJeopardyForTheCustomerAndOnTheProvidersWatchList() throws Exception {
        Map<String, Object> input = input(null, Demo.unique("late"), List.of(add("vm-standard", 1, "ch-zurich")));
        input.put("requestedCompletionDate", java.time.Instant.now().plusSeconds(2).toString());
        JsonObject order = as("bianca", PLACE, "input", input).data().getJsonObject("placeCustomerOrder");
        String id = order.getString("id");
        assertFalse(order.getBoolean("jeopardy"));
        Thread.sleep(2_500);
        // the next move (or, within a minute, the jeopardy sweep) sees the date has passed
        as("selma", START, "id", objects(order.getJsonArray("productOrders")).get(0).getString("id")).data();

        for (String user : List.of("bianca", "alice", "selma")) {
            JsonObject seen = read(user, id);
            assertTrue(seen.getBoolean("jeopardy"), user);
            assertFalse(seen.isNull("jeopardySince"), user);
        }
        for (String staff : List.of("selma", "sam", "otto", "bruno")) {
            assertTrue(objects(as(staff, IN_JEOPARDY).data().getJsonObject("customerOrdersInJeopardy")
                    .getJsonArray("edges")).stream().anyMatch(edge -> edge.getJsonObject("node").getString("id")
                    .equals(id)), staff);
        }
        assertEquals("NOT_FOUND", as("hugo", ORDER, "id", id).errorCode());
    }

    // --- demo data ---

    @Test
    void theDemoCustomersHaveSubscriptionsAndRiversideAnOrderInProgress() {
        assertTrue(subscriptionsOf(Demo.riversideId()).stream().filter(s -> s.getString("status").equals("ACTIVE"))
                .count() >= 2);
        assertTrue(subscriptionsOf(Demo.harborId()).stream().filter(s -> s.getString("status").equals("ACTIVE"))
                .count() >= 1);
        JsonObject demo = read("alice", demoOrderInProgress());
        assertEquals("demo-riverside-ehr", demo.getString("idempotencyKey"));
        assertEquals("IN_PROGRESS", demo.getString("state"));
    }

    // --- helpers ---

    private static JsonObject place(String user, String key, List<Map<String, Object>> items) {
        return as(user, PLACE, "input", input(null, key, items)).data().getJsonObject("placeCustomerOrder");
    }

    private static Map<String, Object> input(String customerId, String key, List<Map<String, Object>> items) {
        Map<String, Object> input = new LinkedHashMap<>();
        if (customerId != null) {
            input.put("customerId", customerId);
        }
        input.put("idempotencyKey", key);
        input.put("items", items);
        return input;
    }

    private static Map<String, Object> add(String code, int quantity, String region) {
        return item("ADD", idOf(code), quantity, region, null);
    }

    private static Map<String, Object> item(String action, String offering, Integer quantity, String region,
            String subscription) {
        Map<String, Object> item = new HashMap<>();
        item.put("action", action);
        item.put("productOfferingId", offering);
        item.put("quantity", quantity);
        item.put("region", region);
        item.put("subscriptionId", subscription);
        return item;
    }

    private static JsonObject read(String user, String id) {
        return as(user, ORDER, "id", id).data().getJsonObject("customerOrder");
    }

    private static long orderCount() {
        return as("sam", "{ customerOrders(first: 0) { totalCount } }").data().getJsonObject("customerOrders")
                .getJsonNumber("totalCount").longValue();
    }

    private static String demoOrderInProgress() {
        return objects(as("sam", ORDERS, "customer", Demo.riversideId(), "state", "IN_PROGRESS").data()
                .getJsonObject("customerOrders").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node"))
                .filter(node -> node.getString("idempotencyKey").equals("demo-riverside-ehr"))
                .map(node -> node.getString("id")).findFirst().orElseThrow(() -> new AssertionError("no demo order"));
    }

    private static List<JsonObject> subscriptionsOf(String customerId) {
        return objects(as("sam", SUBSCRIPTIONS, "id", customerId).data().getJsonObject("customer")
                .getJsonObject("subscriptions").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node")).toList();
    }

    private static Set<String> queuedIds() {
        return objects(as("selma", QUEUE).data().getJsonObject("productOrderQueue").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node").getString("id")).collect(Collectors.toSet());
    }

    private static String idOf(String code) {
        return Demo.offeringId(code);
    }

    private static List<JsonObject> objects(jakarta.json.JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> names(jakarta.json.JsonArray milestones) {
        return objects(milestones).stream().map(m -> m.getString("name")).toList();
    }
}
