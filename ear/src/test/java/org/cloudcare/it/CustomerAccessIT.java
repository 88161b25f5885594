package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may read which customer information, for every persona of the demo realm, with real Keycloak tokens over HTTP.
 */
class CustomerAccessIT {

    private static final String CUSTOMER = """
            query($id: ID!) { customer(id: $id) { id code name kind status
              contacts { name email } interactions(first: 5) { totalCount edges { node { subject channel } } }
              subscriptions { totalCount } } }""";

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca"})
    void riversideUsersSeeTheirOwnCustomerWithContactsAndHistory(String user) {
        JsonObject customer = as(user, CUSTOMER, "id", Demo.riversideId()).data().getJsonObject("customer");
        assertEquals("riverside", customer.getString("code"));
        assertEquals("Riverside General Hospital", customer.getString("name"));
        assertEquals("HOSPITAL", customer.getString("kind"));
        assertFalse(customer.getJsonArray("contacts").isEmpty());
        assertTrue(customer.getJsonObject("interactions").getInt("totalCount") >= 2);
        assertTrue(customer.getJsonObject("subscriptions").getInt("totalCount") >= 2, "the demo orders' subscriptions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hugo", "harriet"})
    void harborUsersGetNotFoundForRiversideAsIfItDidNotExist(String user) {
        GraphQL.Answer answer = as(user, CUSTOMER, "id", Demo.riversideId());
        assertEquals("NOT_FOUND", answer.errorCode());
        assertTrue(answer.json().getJsonObject("data").isNull("customer"));
        assertEquals("NOT_FOUND", as(user, "query($id: ID!) { customer360(id: $id) { interactionCount } }",
                "id", Demo.riversideId()).errorCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam", "selma", "otto", "bruno"})
    void providerStaffSeeEveryCustomer(String user) {
        JsonObject customers = as(user, "{ customers { totalCount edges { node { code } } } }").data()
                .getJsonObject("customers");
        List<String> codes = customers.getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node").getString("code")).toList();
        assertTrue(codes.containsAll(List.of("harbor", "riverside")), codes::toString);
        assertEquals("harbor", as(user, CUSTOMER, "id", Demo.harborId()).data().getJsonObject("customer")
                .getString("code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "harriet"})
    void customerUsersMayNotListAllCustomers(String user) {
        GraphQL.Answer answer = as(user, "{ customers { totalCount } }");
        assertEquals("FORBIDDEN", answer.errorCode());
        assertFalse(answer.body().contains("riverside"), "no data may leak in a denial");
    }

    @Test
    void theMonitoringServiceAccountSeesNoCustomerInformation() {
        String token = Tokens.monitoring();
        assertEquals("FORBIDDEN", GraphQL.withToken(token, "{ customers { totalCount } }").errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, CUSTOMER, "id", Demo.riversideId()).errorCode());
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        assertEquals("UNAUTHENTICATED", as(null, "{ me { username } }").errorCode());
        assertEquals("UNAUTHENTICATED", as(null, "{ customers { totalCount } }").errorCode());
        assertEquals("UNAUTHENTICATED", as(null, CUSTOMER, "id", Demo.riversideId()).errorCode());
    }

    @Test
    void expiredAndForgedTokensAreRefusedWith401() {
        assertEquals(401, GraphQL.withToken(Tokens.expired(), "{ me { username } }").status());
        assertEquals(401, GraphQL.withToken(Tokens.forged(), "{ me { username } }").status());
    }

    @Test
    void meTellsACustomerUserItsTenantAndCustomer() {
        JsonObject me = as("alice", "{ me { username roles tenant customer { code name } } }").data()
                .getJsonObject("me");
        assertEquals("alice", me.getString("username"));
        assertTrue(me.getJsonArray("roles").contains(jakarta.json.Json.createValue("csc-user")));
        assertEquals("riverside", me.getString("tenant"));
        assertEquals("riverside", me.getJsonObject("customer").getString("code"));
        JsonObject hugo = as("hugo", "{ me { tenant customer { code } } }").data().getJsonObject("me");
        assertEquals("harbor", hugo.getJsonObject("customer").getString("code"));
    }

    @Test
    void meTellsProviderStaffTheyHaveNoCustomer() {
        JsonObject me = as("sam", "{ me { username roles tenant customer { code } } }").data().getJsonObject("me");
        assertEquals(JsonValue.NULL, me.get("customer"));
        assertEquals(JsonValue.NULL, me.get("tenant"));
        assertTrue(me.getJsonArray("roles").contains(jakarta.json.Json.createValue("csp-support")));
    }

    @Test
    void theCustomer360ViewCountsTheHistory() {
        JsonObject view = as("sam", "query($id: ID!) { customer360(id: $id) { customer { code } activeSubscriptions"
                + " interactionCount lastInteractionAt } }", "id", Demo.riversideId()).data()
                .getJsonObject("customer360");
        assertEquals("riverside", view.getJsonObject("customer").getString("code"));
        assertTrue(view.getInt("interactionCount") >= 2);
        assertFalse(view.isNull("lastInteractionAt"));
    }

    @Test
    void nestedListsOfManyCustomersComeBackPerCustomer() {
        JsonObject customers = as("sam", "{ customers(first: 100) { edges { node { code contacts { email }"
                + " interactions(first: 1) { totalCount edges { node { subject } } pageInfo { hasNextPage } } } } } }")
                .data().getJsonObject("customers");
        java.util.Map<String, JsonObject> byCode = new java.util.HashMap<>();
        customers.getJsonArray("edges").forEach(edge -> byCode.put(
                edge.asJsonObject().getJsonObject("node").getString("code"), edge.asJsonObject().getJsonObject("node")));
        for (String code : List.of("riverside", "harbor")) {
            JsonObject node = byCode.get(code);
            assertTrue(node != null, code + " is missing from the first 100 customers");
            List<String> emails = node.getJsonArray("contacts").stream()
                    .map(contact -> contact.asJsonObject().getString("email")).toList();
            assertFalse(emails.isEmpty(), code + " has contacts");
            assertEquals(List.of(), emails.stream().filter(email -> !email.endsWith(code + ".example")).toList(),
                    "contacts of another customer under " + code);
            JsonObject interactions = node.getJsonObject("interactions");
            assertEquals(1, interactions.getJsonArray("edges").size(), code + " has a history");
            assertEquals(interactions.getInt("totalCount") > 1,
                    interactions.getJsonObject("pageInfo").getBoolean("hasNextPage"));
        }
    }

    @Test
    void pagingThroughCustomersVisitsEachOnce() {
        String query = "query($after: String) { customers(first: 1, after: $after) { totalCount"
                + " pageInfo { hasNextPage endCursor } edges { cursor node { code } } } }";
        java.util.Set<String> seen = new java.util.HashSet<>();
        String after = null;
        int total;
        do {
            JsonObject page = as("sam", query, "after", after).data().getJsonObject("customers");
            total = page.getInt("totalCount");
            page.getJsonArray("edges").forEach(edge -> assertTrue(
                    seen.add(edge.asJsonObject().getJsonObject("node").getString("code")), "seen twice"));
            after = page.getJsonObject("pageInfo").getBoolean("hasNextPage")
                    ? page.getJsonObject("pageInfo").getString("endCursor") : null;
        } while (after != null);
        assertEquals(total, seen.size());
    }
}
