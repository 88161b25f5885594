package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.cloudcare.it.support.SignedTokens;
import org.cloudcare.it.support.StatementCounter;
import org.cloudcare.it.support.TenantProbe;
import org.cloudcare.platform.security.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation and batching on the real WAR in Payara Micro, with callers that are real MicroProfile JWT
 * principals (tokens signed with the test key that arquillian.xml makes Payara trust). A customer user of tenant B
 * calls every boundary method with tenant A's ids through {@link TenantProbe}; the monitoring service account gets
 * nothing; and one GraphQL request for N customers with their nested lists issues the same few SQL statements for
 * N = 2 and N = 100, counted by H2 ({@link StatementCounter}).
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Set<String> REFUSED = Set.of("NOT_FOUND", "FORBIDDEN", "DENIED");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cloudcare.war"))
                .addClasses(TenantProbe.class, StatementCounter.class)
                // arquillian.xml sets mp.jwt.verify.publickey.location to this resource
                .addAsResource("it-jwt/public.pem", "it-jwt/public.pem");
    }

    @Test
    void aCustomerUserOfTenantBGetsNothingOfTenantAFromAnyBoundaryMethod() {
        Tenant a = newTenantWithHistory();
        Tenant b = newTenantWithHistory();
        String customerOfB = SignedTokens.of("eve", Roles.CUSTOMER_ROLES, b.code);

        Map<String, String> outcomes = probe(customerOfB, a, b.code);

        assertTrue(outcomes.keySet().containsAll(List.of("Customers.customer", "Customers.contactsOf",
                "Customers.customer360", "Customers.updateProfile", "Customers.addContact", "Customers.removeContact",
                "Interactions.historiesOf", "Subscriptions.inventoriesOf", "AuditTrail.entries")), outcomes::toString);
        // a problem report naming no subscription of the caller's customer is refused with that reason among the
        // others (VALIDATION), which says no more about the id than NOT_FOUND would
        assertEquals("VALIDATION", outcomes.remove("TroubleTickets.reportProblem"));
        // so is an SLA issue naming no agreement of the caller's customer (VALIDATION naming agreementId)
        assertEquals("VALIDATION", outcomes.remove("SlaIssues.reportSlaIssue"));
        // accepting a change request is the provider's service manager's: refused by role before the id is looked at
        assertEquals("DENIED", outcomes.get("TroubleTickets.acceptChangeRequest"));
        Map<String, String> notRefused = outcomes.entrySet().stream()
                .filter(outcome -> !REFUSED.contains(outcome.getValue()) && !"CLEAN".equals(outcome.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), notRefused, "leaks, failures or methods the probe cannot call");
        for (String byId : List.of("Customers.customer", "Customers.customer360", "Customers.updateProfile",
                "Customers.addContact", "Customers.removeContact")) {
            assertEquals("NOT_FOUND", outcomes.get(byId), byId + " must answer as if tenant A's id did not exist");
        }
        for (String batched : List.of("Customers.contactsOf", "Interactions.historiesOf",
                "Subscriptions.inventoriesOf", "AuditTrail.entries")) {
            assertEquals("CLEAN", outcomes.get(batched), batched + " must answer empty lists for tenant A's ids");
        }
        JsonObject afterwards = graphQL(staff(), "query($id: ID!) { customer(id: $id) { version contacts { id }"
                + " interactions { totalCount } } }", Map.of("id", a.id)).getJsonObject("customer");
        assertEquals(a.version, afterwards.getJsonNumber("version").longValue(), "tenant A was changed");
        assertEquals(1, afterwards.getJsonArray("contacts").size());
        assertEquals(1, afterwards.getJsonObject("interactions").getInt("totalCount"));
    }

    @Test
    void theProbeReportsALeakWhenAnAnswerHoldsAnotherTenantsData() {
        Tenant a = newTenantWithHistory();
        String customerOfA = SignedTokens.of("ann", Roles.CUSTOMER_ROLES, a.code);

        // tenant A's own user reads its own data, judged as if it were another tenant's: the probe must say LEAK
        Map<String, String> outcomes = probe(customerOfA, a, "someone-else");

        assertEquals("LEAK", outcomes.get("Customers.customer"));
        assertEquals("LEAK", outcomes.get("Customers.contactsOf"));
        assertEquals("LEAK", outcomes.get("Interactions.historiesOf"));
    }

    @Test
    void theMonitoringServiceAccountIsRefusedEveryBoundaryMethod() {
        Tenant a = newTenantWithHistory();
        String monitoring = SignedTokens.of("service-account-cloudcare-monitoring", Set.of(Roles.CSP_MONITORING),
                null);

        Map<String, String> outcomes = probe(monitoring, a, "none");

        assertFalse(outcomes.isEmpty());
        // its one operation: the probe's empty batch is refused for what it is, not for who sends it
        assertEquals("VALIDATION", outcomes.remove("Measurements.recordMeasurements"));
        Map<String, String> answered = outcomes.entrySet().stream()
                .filter(outcome -> !REFUSED.contains(outcome.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), answered, "the monitoring account may push measurements, nothing else");
    }

    @Test
    void aTokenWithoutAnyCloudCareRoleIsForbiddenRatherThanTreatedAsStaff() {
        String noRole = SignedTokens.of("nobody", Set.of("offline_access"), null);

        JsonObject answer = post(noRole, "{ me { username } }", Map.of());

        assertEquals("FORBIDDEN", answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("code"), answer::toString);
    }

    @Test
    void nestedListsOfManyCustomersCostTheSameStatementsForTwoAndForAHundredCustomers() {
        for (int batch = 0; batch < 10; batch++) {
            createCustomers(10);
        }
        String dashboard = "query($n: Int) { customers(first: $n) { totalCount edges { node { id name"
                + " contacts { name email } interactions(first: 10) { totalCount edges { node { subject occurredAt } } }"
                + " subscriptions(first: 10) { totalCount edges { node { name region } } } } } } }";

        Map<String, Long> forTwo = statementsFor(dashboard, 2);
        Map<String, Long> forHundred = statementsFor(dashboard, 100);

        // the queries: a page of customers, its count, their notification channels, contacts, the interaction
        // counts and page, the subscription counts and page (the demo orders gave the demo customers subscriptions,
        // and the first page of customers holds them). Transaction and connection
        // housekeeping (COMMIT, ROLLBACK, H2's CALL DATABASE()) is left out: the outbox relay adds its own meanwhile.
        assertEquals(queriesOf(forTwo), queriesOf(forHundred), "queries for 2 and for 100 customers");
        long queries = queriesOf(forHundred).values().stream().mapToLong(Long::longValue).sum();
        assertEquals(8, queries, () -> "queries for one request: " + forHundred);
    }

    @Test
    void placingAnOrderOfOneItemIssuesAFixedHandfulOfStatements() {
        Tenant tenant = newTenantWithHistory();
        String offering = objectsOf(graphQL(staff(), "{ productOfferings(first: 100) { edges { node { id code } } } }",
                Map.of()).getJsonObject("productOfferings").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node")).filter(node -> node.getString("code").equals("vm-standard"))
                .map(node -> node.getString("id")).findFirst().orElseThrow();
        String bianca = SignedTokens.of("bianca", Set.of(Roles.CSC_BUSINESS_MANAGER), tenant.code);
        String place = "mutation($key: String!, $offering: ID!) { placeCustomerOrder(input: {idempotencyKey: $key,"
                + " items: [{action: ADD, productOfferingId: $offering, quantity: 1, region: \"ch-zurich\"}]}) { id } }";
        graphQL(bianca, place, Map.of("key", "warm-up", "offering", offering));

        statementsSoFar(); // the first call switches counting on
        Map<String, Long> before = statementsSoFar();
        graphQL(bianca, place, Map.of("key", "counted", "offering", offering));
        Map<String, Long> after = statementsSoFar();
        Map<String, Long> ran = new java.util.TreeMap<>();
        after.forEach((sql, count) -> {
            long times = count - before.getOrDefault(sql, 0L);
            if (times > 0) {
                ran.put(sql, times);
            }
        });

        // the caller's customer read and its row locked (with its notification channels), the key looked up, the
        // offering with its regions, peers and bundle components read; the order, its item, its state change, its
        // product order and milestone, two audit lines and the interaction written. The outbox rows (two events) are
        // left out by the counter, like all outbox statements.
        long statements = queriesOf(ran).values().stream().mapToLong(Long::longValue).sum();
        System.out.println("placeCustomerOrder of one item: " + statements + " SQL statements (plus 2 outbox"
                + " inserts): " + queriesOf(ran));
        // 17 when measured (H2, demo catalogue): a ceiling, so that a change that adds statements is seen here
        assertTrue(statements <= 17, () -> statements + " statements: " + queriesOf(ran));
    }

    private static List<JsonObject> objectsOf(jakarta.json.JsonArray array) {
        return array.stream().map(jakarta.json.JsonValue::asJsonObject).toList();
    }

    private static Map<String, Long> queriesOf(Map<String, Long> statements) {
        Map<String, Long> queries = new java.util.TreeMap<>(statements);
        queries.keySet().removeIf(sql -> !sql.matches("(?is)^(SELECT|INSERT|UPDATE|DELETE|WITH)\\b.*"));
        return queries;
    }

    /** The statements one request ran, with how often each ran. */
    private Map<String, Long> statementsFor(String query, int customers) {
        statementsSoFar(); // the first call switches counting on
        Map<String, Long> before = statementsSoFar();
        JsonObject data = graphQL(staff(), query, Map.of("n", customers));
        Map<String, Long> after = statementsSoFar();
        assertEquals(customers, data.getJsonObject("customers").getJsonArray("edges").size());
        Map<String, Long> ran = new java.util.TreeMap<>();
        after.forEach((sql, count) -> {
            long times = count - before.getOrDefault(sql, 0L);
            if (times > 0) {
                // the IN lists differ in length with the number of customers; the statement is the same
                ran.merge(sql.replaceAll("\\?(\\s*,\\s*\\?)*", "?"), times, Long::sum);
            }
        });
        return ran;
    }

    private Map<String, Long> statementsSoFar() {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (String line : get("it/sql-statements", null).split("\n")) {
            if (!line.isBlank()) {
                counts.put(line.substring(line.indexOf('\t') + 1), Long.parseLong(line.substring(0, line.indexOf('\t'))));
            }
        }
        return counts;
    }

    // --- test data through the real API ---

    private record Tenant(String id, String code, String contactId, long version) {
    }

    private Tenant newTenantWithHistory() {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject customer = graphQL(manager(), "mutation($code: String!) { createCustomer(input: {code: $code,"
                + " name: \"Probe Clinic\", kind: CLINIC}) { id } }", Map.of("code", code))
                .getJsonObject("createCustomer");
        String id = customer.getString("id");
        String contactId = graphQL(manager(), "mutation($id: ID!) { addCustomerContact(input: {customerId: $id,"
                + " name: \"Pat Probe\", role: \"IT lead\", email: \"pat@probe.example\"}) { id } }",
                Map.of("id", id)).getJsonObject("addCustomerContact").getString("id");
        graphQL(SignedTokens.of("sam", Set.of(Roles.CSP_SUPPORT), null), "mutation($id: ID!) {"
                + " recordInteraction(input: {customerId: $id, channel: PHONE, direction: INBOUND,"
                + " subject: \"Probe call\"}) { id } }", Map.of("id", id));
        long version = graphQL(staff(), "query($id: ID!) { customer(id: $id) { version } }", Map.of("id", id))
                .getJsonObject("customer").getJsonNumber("version").longValue();
        return new Tenant(id, code, contactId, version);
    }

    private void createCustomers(int count) {
        StringBuilder mutation = new StringBuilder("mutation {");
        for (int i = 0; i < count; i++) {
            String code = "n-" + UUID.randomUUID().toString().substring(0, 8);
            mutation.append(" c").append(i).append(": createCustomer(input: {code: \"").append(code)
                    .append("\", name: \"Clinic ").append(code).append("\", kind: CLINIC}) { id }");
        }
        JsonObject created = graphQL(manager(), mutation.append(" }").toString(), Map.of());
        StringBuilder contacts = new StringBuilder("mutation {");
        for (int i = 0; i < count; i++) {
            String id = created.getJsonObject("c" + i).getString("id");
            for (int j = 0; j < 2; j++) {
                contacts.append(" a").append(i).append('_').append(j).append(": addCustomerContact(input: {customerId: \"")
                        .append(id).append("\", name: \"Contact ").append(j).append("\", role: \"IT\", email: \"c")
                        .append(j).append("@clinic.example\"}) { id }");
            }
        }
        graphQL(manager(), contacts.append(" }").toString(), Map.of());
    }

    private static String manager() {
        return SignedTokens.of("bruno", Set.of(Roles.CSP_BUSINESS_MANAGER), null);
    }

    private static String staff() {
        return SignedTokens.of("sam", Set.of(Roles.CSP_SUPPORT), null);
    }

    // --- HTTP ---

    private Map<String, String> probe(String token, Tenant foreign, String ownTenant) {
        String body = get("it/tenant-probe?customerId=" + foreign.id + "&contactId=" + foreign.contactId
                + "&version=" + foreign.version + "&ownTenant=" + ownTenant, token);
        Map<String, String> outcomes = new LinkedHashMap<>();
        Arrays.stream(body.split("\n")).filter(line -> !line.isBlank())
                .forEach(line -> outcomes.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1)));
        return outcomes;
    }

    private JsonObject graphQL(String token, String query, Map<String, Object> variables) {
        JsonObject answer = post(token, query, variables);
        assertFalse(answer.containsKey("errors"), answer::toString);
        return answer.getJsonObject("data");
    }

    private JsonObject post(String token, String query, Map<String, Object> variables) {
        var vars = Json.createObjectBuilder();
        variables.forEach((name, value) -> {
            if (value instanceof Integer number) {
                vars.add(name, number);
            } else {
                vars.add(name, value.toString());
            }
        });
        String body = Json.createObjectBuilder().add("query", query).add("variables", vars).build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (var reader = Json.createReader(new StringReader(send(request)))) {
            return reader.readObject();
        }
    }

    private String get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), () -> request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
