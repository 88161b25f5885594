package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.cloudcare.it.support.GraphQL.as;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.browser.BrowserExtension;
import org.cloudcare.it.browser.KeycloakLoginPage;
import org.cloudcare.it.browser.PortalPage;
import org.cloudcare.it.browser.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;

/**
 * The portal in a real headless Chromium against the running system: a real Keycloak login (authorization
 * code + PKCE through the {@code portal} client), real GraphQL calls with the bearer token, and tenant
 * isolation as a user sees it. Needs Keycloak with the demo realm and CloudCare with demo data running
 * ({@code -Dcloudcare.url}, {@code -Dkeycloak.url}); every test gets a fresh browser.
 */
@ExtendWith(BrowserExtension.class)
class PortalBrowserIT {

    private static final String RIVERSIDE = "Riverside General Hospital";
    private static final String HARBOR = "Harbor Public Health Centre";

    private final Urls urls = Urls.fromSystemProperties();

    @Test
    void aliceLogsInThroughKeycloakAndSeesOnlyRiverside(WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs("alice");

        assertEquals(RIVERSIDE, portal.customerName());
        assertEquals("riverside", portal.tenant());
        assertTrue(portal.roles().contains("csc-user"), () -> "roles shown: " + portal.roles());
        assertFalse(portal.contactNames().isEmpty(), "Riverside's contacts are shown");
        assertTrue(portal.interactionRows() > 0, "Riverside's interaction history is shown");
        assertFalse(portal.hasCustomerList(), "a CSC user gets no customer list");
        assertFalse(portal.visibleText().toLowerCase(Locale.ROOT).contains("harbor"),
                "nothing of the other tenant is on alice's page");
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void samSeesTheCustomerListOfAllTenants(WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs("sam");

        List<String> customers = portal.customerNamesIncluding(RIVERSIDE, HARBOR);
        assertTrue(customers.containsAll(List.of(RIVERSIDE, HARBOR)), () -> "customer list: " + customers);
        assertTrue(portal.roles().contains("csp-support"), () -> "roles shown: " + portal.roles());

        portal.openCustomer(RIVERSIDE);
        assertEquals(RIVERSIDE, portal.customerName());
        assertFalse(portal.contactNames().isEmpty(), "the chosen customer's contacts are shown");
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void biancaOrdersTheBundleAndWatchesItsProductOrdersComplete(WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs("bianca");
        assertEquals(RIVERSIDE, portal.customerName());

        String orderId = portal.orderOffering("ehr-suite");
        portal.awaitOrderState(orderId, "Acknowledged");
        assertEquals(List.of("Acknowledged", "Acknowledged", "Acknowledged"), portal.productOrderStates(orderId),
                "the bundle is decomposed into one product order per component");

        // selma works the order through the API; bianca's page follows without a reload
        for (String productOrder : productOrderIds(orderId)) {
            as("selma", "mutation($id: ID!) { startProductOrder(id: $id) { id } }", "id", productOrder).data();
            as("selma", "mutation($id: ID!) { completeProductOrder(id: $id) { id } }", "id", productOrder).data();
        }
        portal.awaitOrderState(orderId, "Completed");
        assertEquals(List.of("Completed", "Completed", "Completed"), portal.productOrderStates(orderId));
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void aliceSeesTheCatalogueAndOrdersButCannotOrder(WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs("alice");
        assertEquals(RIVERSIDE, portal.customerName());

        List<String> catalogue = portal.offeringCodes();
        assertTrue(catalogue.containsAll(List.of("ehr-suite", "vm-standard", "postgresql-managed")),
                () -> "catalogue: " + catalogue);
        assertFalse(catalogue.contains("ai-imaging-triage"), "a draft offering is not in a customer's catalogue");
        assertFalse(portal.hasOrderForm(), "a csc-user browses the catalogue but gets no order form");
        assertTrue(portal.orderCount() > 0, "Riverside's orders are listed");
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void selmaStartsAndCompletesAProductOrderFromTheQueue(WebDriver browser) {
        JsonObject offering = as("bianca", "{ productOfferings(first: 100) { edges { node { id code regions } } } }")
                .data().getJsonObject("productOfferings").getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(edge -> edge.getJsonObject("node")).filter(node -> node.getString("code").equals("vm-standard"))
                .findFirst().orElseThrow();
        Map<String, Object> item = Map.of("action", "ADD", "productOfferingId", offering.getString("id"), "quantity", 1,
                "region", offering.getJsonArray("regions").getString(0));
        String orderId = as("bianca", "mutation($input: PlaceCustomerOrderInput!) { placeCustomerOrder(input: $input) { id } }",
                "input", Map.of("idempotencyKey", "portal-" + UUID.randomUUID(), "items", List.of(item)))
                .data().getJsonObject("placeCustomerOrder").getString("id");
        String productOrder = productOrderIds(orderId).get(0);

        PortalPage portal = PortalPage.open(browser, urls).logInAs("selma");
        portal.workQueuedProductOrder(productOrder, "queue-start", "In progress")
                .workQueuedProductOrder(productOrder, "queue-complete", "Completed");

        assertEquals("COMPLETED", as("bianca", "query($id: ID!) { customerOrder(id: $id) { state } }", "id", orderId)
                .data().getJsonObject("customerOrder").getString("state"));
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void aliceReportsAProblemAndSeesItsDeadline(WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs("alice");
        String description = "The portal test cannot reach the records " + UUID.randomUUID();

        String ticket = portal.reportProblem(description);

        assertEquals("Acknowledged", portal.ticketCell("customer-tickets", ticket, "ticket-status", s -> !s.isEmpty()));
        String deadline = portal.ticketCell("customer-tickets", ticket, "ticket-deadline", s -> !s.isEmpty());
        assertTrue(deadline.startsWith("Response:") && deadline.contains("left"), () -> "deadline shown: " + deadline);
        assertEquals("ACKNOWLEDGED", as("adam", "query($id: ID!) { problem(id: $id) { status } }", "id", ticket)
                .data().getJsonObject("problem").getString("status"), "the ticket is stored for Riverside");
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void samStartsAndResolvesATicketFromTheQueue(WebDriver browser) {
        String subscription = as("alice", "{ me { customer { subscriptions(first: 20) { edges { node { id status } } } } } }")
                .data().getJsonObject("me").getJsonObject("customer").getJsonObject("subscriptions")
                .getJsonArray("edges").getValuesAs(JsonObject.class).stream().map(edge -> edge.getJsonObject("node"))
                .filter(node -> node.getString("status").equals("ACTIVE")).map(node -> node.getString("id"))
                .findFirst().orElseThrow();
        String ticket = as("alice", "mutation($input: ReportProblemInput!) { reportProblem(input: $input) { id } }",
                "input", Map.of("subscriptionId", subscription, "kind", "INCIDENT", "ticketType", "performance",
                        "severity", "MINOR", "priority", "LOW", "impact", "INDIVIDUAL",
                        "description", "Slow reports, for sam's queue " + UUID.randomUUID(), "attachments", List.of()))
                .data().getJsonObject("reportProblem").getString("id");

        PortalPage portal = PortalPage.open(browser, urls).logInAs("sam");
        portal.startAndResolveTicket(ticket, "Report cache rebuilt.");

        JsonObject stored = as("alice", "query($id: ID!) { problem(id: $id) { status resolution } }", "id", ticket)
                .data().getJsonObject("problem");
        assertEquals("RESOLVED", stored.getString("status"));
        assertEquals("Report cache rebuilt.", stored.getString("resolution"));
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void adamReadsTheIncidentConclusionReportOfRiversidesOutage(WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs("adam");
        String outage = portal.ticketDescribed("The electronic health records cannot be reached from any ward.");

        Map<String, String> reports = portal.incidentReports(outage);

        assertEquals(Set.of("INCIDENT_REPORT", "CONCLUSION_REPORT"), reports.keySet());
        assertTrue(reports.get("CONCLUSION_REPORT").contains("health check"), () -> "conclusion: " + reports);
        assertEquals(List.of(), portal.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam"})
    void everyUserOfRiversideSeesTheAgreementOfEachOfItsSubscriptions(String user, WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs(user);

        Map<String, String> agreements = portal.subscriptionAgreements();

        assertFalse(agreements.isEmpty(), "Riverside's subscriptions have agreements");
        agreements.values().forEach(summary -> {
            assertTrue(summary.contains("% availability") && summary.contains("min response")
                    && summary.contains("until"), summary);
        });
        assertTrue(agreements.values().stream().anyMatch(summary -> summary.toLowerCase(Locale.ROOT)
                .contains("active")), agreements::toString);
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void adamSeesTheDailyAvailabilityChartAndLastMonthsMissedAvailabilityWithItsCredit(WebDriver browser) {
        String lastMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1).toString();
        as("selma", "mutation($p: String!) { runSlaEvaluation(period: $p) { state } }", "p", lastMonth).data();
        String agreement = org.cloudcare.it.support.Demo.riversideMachineAgreement();
        PortalPage portal = PortalPage.open(browser, urls).logInAs("adam");

        Map<String, String> statuses = portal.serviceLevelStatuses(agreement);
        assertTrue(Set.of("MET", "AT_RISK", "MISSED").contains(statuses.get("AVAILABILITY")), statuses::toString);
        assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC).getDayOfMonth(),
                portal.trendPoints(agreement).size(), "one point per day so far");
        assertTrue(portal.trendChartLabel(agreement).contains("99.9 %"), portal.trendChartLabel(agreement));
        String past = portal.pastPeriod(agreement, lastMonth);
        assertTrue(past.contains("Missed") && past.contains("Availability") && past.contains("EUR"), past);
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void aliceSeesTheServiceLevelStatusWithoutTheChart(WebDriver browser) {
        String agreement = org.cloudcare.it.support.Demo.riversideMachineAgreement();
        PortalPage portal = PortalPage.open(browser, urls).logInAs("alice");

        assertTrue(portal.serviceLevelStatuses(agreement).containsKey("AVAILABILITY"));
        assertEquals(0, portal.trendCharts(), "a customer's plain user sees the status only");
        assertEquals(List.of(), portal.errors());
    }

    private static List<String> productOrderIds(String orderId) {
        return as("selma", "query($id: ID!) { customerOrder(id: $id) { productOrders { id } } }", "id", orderId)
                .data().getJsonObject("customerOrder").getJsonArray("productOrders").getValuesAs(JsonValue::asJsonObject)
                .stream().map(node -> node.getString("id")).toList();
    }

    @Test
    void logoutReturnsToTheKeycloakLoginPage(WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs("alice");
        assertEquals(RIVERSIDE, portal.customerName());

        portal.logOut();

        // the Keycloak session is gone too: opening the portal again asks for the password again
        browser.get(urls.portal());
        KeycloakLoginPage.await(browser, urls);
    }
}
