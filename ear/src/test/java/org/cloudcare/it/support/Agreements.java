package org.cloudcare.it.support;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** New subscriptions with their agreements, made through the API as a customer would get them. */
public final class Agreements {

    private static final String PLACE = "mutation($input: PlaceCustomerOrderInput!) { placeCustomerOrder(input: $input)"
            + " { id productOrders { id } } }";
    private static final String START = "mutation($id: ID!) { startProductOrder(id: $id) { id } }";
    private static final String COMPLETE = "mutation($id: ID!) { completeProductOrder(id: $id) { id state } }";
    private static final String SUBSCRIPTIONS = "query($id: ID!) { customer(id: $id) { subscriptions(first: 100) {"
            + " edges { node { id orderId agreementId } } } } }";

    /** A subscription of Riverside's and its agreement. */
    public record Fresh(String subscriptionId, String agreementId) {
    }

    private Agreements() {
    }

    /** bianca orders one offering (quantity 1, Zurich) and selma completes it: the id of the order. */
    public static String completedOrder(String code) {
        Map<String, Object> item = new HashMap<>();
        item.put("action", "ADD");
        item.put("productOfferingId", Demo.offeringId(code));
        item.put("quantity", 1);
        item.put("region", "ch-zurich");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("idempotencyKey", Demo.unique("sla"));
        input.put("items", List.of(item));
        JsonObject order = as("bianca", PLACE, "input", input).data().getJsonObject("placeCustomerOrder");
        completeAll(order);
        return order.getString("id");
    }

    /** selma starts and completes every product order of the order. */
    public static void completeAll(JsonObject order) {
        for (JsonValue productOrder : order.getJsonArray("productOrders")) {
            String id = productOrder.asJsonObject().getString("id");
            as("selma", START, "id", id).data();
            assertEquals("COMPLETED", as("selma", COMPLETE, "id", id).data().getJsonObject("completeProductOrder")
                    .getString("state"));
        }
    }

    /** A new Riverside subscription of the offering, with the agreement it started. */
    public static Fresh fresh(String code) {
        String orderId = completedOrder(code);
        JsonObject subscription = as("sam", SUBSCRIPTIONS, "id", Demo.riversideId()).data().getJsonObject("customer")
                .getJsonObject("subscriptions").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node"))
                .filter(s -> orderId.equals(s.getString("orderId", null))).findFirst().orElseThrow();
        return new Fresh(subscription.getString("id"), subscription.getString("agreementId"));
    }
}
