package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
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
 * Customer quality management (ITU-T 10.1.2.3) over HTTP with real Keycloak tokens: a customer's administrator and
 * business manager read their own customer's quality view, Harbor's administrator gets NOT_FOUND for Riverside, a
 * plain user and the monitoring account are refused, provider staff read every customer's and each such read is a
 * customer profile inquiry in the audit trail; the figures are those of the ticket, order and interaction areas; a bad
 * period is VALIDATION and records nothing.
 */
class CustomerQualityIT {

    private static final String QUALITY = "query($customer: ID!, $from: DateTime!, $to: DateTime!) {"
            + " customerQuality(customerId: $customer, from: $from, to: $to) { customerId from to"
            + " satisfaction { ratings averageScore distribution { score count } }"
            + " contactPerformance { group tickets acknowledged meanMinutesToAcknowledge percentAcknowledgedWithinTarget"
            + " repaired meanMinutesToRepair percentRepairedWithinTarget meanMinutesToAnswerInformationRequests }"
            + " orderCompletionOnTime { customerId completedOrders ordersWithRequestedDate completedOnTime"
            + " percentOnTime }"
            + " interactionsByChannel { channel count } } }";
    private static final String STATISTICS = "query($customer: ID, $from: DateTime!, $to: DateTime!) {"
            + " troubleTicketStatistics(customerId: $customer, from: $from, to: $to, groupBy: CUSTOMER) { group tickets"
            + " acknowledged meanMinutesToAcknowledge percentAcknowledgedWithinTarget repaired meanMinutesToRepair"
            + " percentRepairedWithinTarget meanMinutesToAnswerInformationRequests } }";
    private static final String ON_TIME = "query($customer: ID!, $from: String!, $to: String!) {"
            + " orderCompletionOnTime(customerId: $customer, from: $from, to: $to) { customerId completedOrders"
            + " ordersWithRequestedDate completedOnTime percentOnTime } }";
    private static final String REPORT = "mutation($input: ReportProblemInput!) { reportProblem(input: $input) { id } }";
    private static final String START = "mutation($id: ID!) { startTroubleTicket(id: $id) { status } }";
    private static final String RESOLVE = "mutation($id: ID!) { resolveTroubleTicket(id: $id,"
            + " resolution: \"Restarted the scheduler.\") { status } }";
    private static final String CLOSE = "mutation($id: ID!, $score: Int) { closeTroubleTicket(id: $id,"
            + " satisfaction: $score, satisfactionComment: \"Took a while.\") { status } }";
    private static final String RECORD = "mutation($input: RecordInteractionInput!) { recordInteraction(input: $input)"
            + " { id } }";

    private static final String FROM = OffsetDateTime.now(ZoneOffset.UTC).minusDays(60).toString();
    private static final String TO = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();

    // --- who may read it ---

    @ParameterizedTest
    @ValueSource(strings = {"adam", "bianca"})
    void aCustomersAdministratorAndBusinessManagerReadTheirOwnCustomersQualityWithoutAnInquiry(String user) {
        RowCounts before = RowCounts.now();

        JsonObject quality = quality(user, Demo.riversideId());

        assertEquals(Demo.riversideId(), quality.getString("customerId"));
        assertEquals(List.of(1, 2, 3, 4, 5), quality.getJsonObject("satisfaction").getJsonArray("distribution")
                .stream().map(entry -> entry.asJsonObject().getInt("score")).toList());
        assertEquals(List.of("PORTAL", "EMAIL", "PHONE", "CHAT"), quality.getJsonArray("interactionsByChannel")
                .stream().map(entry -> entry.asJsonObject().getString("channel")).toList());
        assertEquals(Demo.riversideId(), quality.getJsonObject("orderCompletionOnTime").getString("customerId"));
        // the demo tickets of the last days: an escalated incident, a major incident, an answered question
        JsonObject contact = quality.getJsonObject("contactPerformance");
        assertTrue(contact.getInt("tickets") >= 3, contact::toString);
        assertEquals(before, RowCounts.now(), "a customer's own read is no profile inquiry and writes nothing");
    }

    @Test
    void harborsAdministratorGetsNotFoundForRiversideAndNothingOfIt() {
        GraphQL.Answer answer = as("hugo", QUALITY, "customer", Demo.riversideId(), "from", FROM, "to", TO);

        assertEquals("NOT_FOUND", answer.errorCode(), answer.body());
        assertEquals(JsonValue.NULL, answer.json().getJsonObject("data").get("customerQuality"), answer.body());
        assertFalse(answer.body().contains("Riverside"), "no data may leak in a denial");
        assertEquals("NOT_FOUND", as("hugo", QUALITY, "customer", "no-such-customer", "from", FROM, "to", TO)
                .errorCode(), "a foreign id answers like one that does not exist");
        assertEquals(Demo.harborId(), quality("hugo", Demo.harborId()).getString("customerId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "harriet"})
    void aCustomersPlainUserIsRefusedTheManagementFigures(String user) {
        String own = "alice".equals(user) ? Demo.riversideId() : Demo.harborId();
        assertEquals("FORBIDDEN", as(user, QUALITY, "customer", own, "from", FROM, "to", TO).errorCode());
    }

    @Test
    void theMonitoringAccountAndAnonymousCallersGetNothing() {
        GraphQL.Answer monitoring = GraphQL.withToken(Tokens.monitoring(), QUALITY, "customer", Demo.riversideId(),
                "from", FROM, "to", TO);
        assertEquals("FORBIDDEN", monitoring.errorCode(), monitoring.body());
        assertEquals("UNAUTHENTICATED", as(null, QUALITY, "customer", Demo.riversideId(), "from", FROM, "to", TO)
                .errorCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam", "selma", "otto", "bruno"})
    void providerStaffReadEveryCustomersQualityAndEachReadIsAProfileInquiry(String user) {
        for (String customer : List.of(Demo.riversideId(), Demo.harborId())) {
            RowCounts before = RowCounts.now();

            assertEquals(customer, quality(user, customer).getString("customerId"));

            assertEquals(before.auditLines() + 1, RowCounts.now().auditLines());
            assertEquals("CUSTOMER_PROFILE_INQUIRY Customer " + customer + " by " + user,
                    RowCounts.newestAuditLines(1).get(0));
        }
        // the customer's administrator sees who looked (the line is in the customer's own trail)
        String trail = as("hugo", "{ auditTrail(first: 20) { edges { node { action actor entityId } } } }").body();
        assertTrue(trail.contains("CUSTOMER_PROFILE_INQUIRY"), trail);
        assertFalse(trail.contains(Demo.riversideId()), "Harbor's trail holds nothing of Riverside");
    }

    // --- the figures are the other areas' own ---

    @Test
    void satisfactionCountsTheRatingsOfTicketsClosedInThePeriod() {
        JsonObject before = quality("hugo", Demo.harborId()).getJsonObject("satisfaction");

        String ticket = as("harriet", REPORT, "input", problem(harborMachine())).data().getJsonObject("reportProblem")
                .getString("id");
        as("sam", START, "id", ticket).data();
        as("sam", RESOLVE, "id", ticket).data();
        assertEquals("CLOSED", as("harriet", CLOSE, "id", ticket, "score", 2).data()
                .getJsonObject("closeTroubleTicket").getString("status"));

        JsonObject after = quality("hugo", Demo.harborId()).getJsonObject("satisfaction");
        assertEquals(before.getInt("ratings") + 1, after.getInt("ratings"));
        assertEquals(count(before, 2) + 1, count(after, 2));
        long sum = 0;
        for (int score = 1; score <= 5; score++) {
            sum += score * count(after, score);
        }
        assertEquals(new BigDecimal(sum).divide(new BigDecimal(after.getInt("ratings")), 2, RoundingMode.HALF_UP),
                after.getJsonNumber("averageScore").bigDecimalValue());
        JsonObject outside = as("hugo", QUALITY, "customer", Demo.harborId(), "from", "2001-01-01T00:00:00Z",
                "to", "2001-02-01T00:00:00Z").data().getJsonObject("customerQuality");
        assertEquals(0, outside.getJsonObject("satisfaction").getInt("ratings"));
        assertEquals(JsonValue.NULL, outside.getJsonObject("satisfaction").get("averageScore"));
        assertEquals(JsonValue.NULL, outside.get("contactPerformance"), "no ticket received then");
    }

    @Test
    void contactPerformanceAndOrderCompletionAreTheTicketAndOrderReportsFigures() {
        JsonObject quality = quality("bianca", Demo.riversideId());

        JsonArray statistics = as("bianca", STATISTICS, "customer", Demo.riversideId(), "from", FROM, "to", TO).data()
                .getJsonArray("troubleTicketStatistics");
        assertEquals(1, statistics.size());
        assertEquals(statistics.getJsonObject(0), quality.getJsonObject("contactPerformance"));
        assertEquals(as("bianca", ON_TIME, "customer", Demo.riversideId(), "from", FROM, "to", TO).data()
                .getJsonObject("orderCompletionOnTime"), quality.getJsonObject("orderCompletionOnTime"));
    }

    @Test
    void interactionsAreCountedByTheChannelTheyCameBy() {
        long chats = channel(quality("adam", Demo.riversideId()), "CHAT");

        as("sam", RECORD, "input", Map.of("customerId", Demo.riversideId(), "channel", "CHAT", "direction", "INBOUND",
                "subject", "Asked for the quality figures")).data();

        assertEquals(chats + 1, channel(quality("adam", Demo.riversideId()), "CHAT"));
    }

    // --- bad input ---

    @Test
    void aPeriodThatDoesNotRunForwardsIsRefusedAndRecordsNoInquiry() {
        RowCounts before = RowCounts.now();

        GraphQL.Answer backwards = as("sam", QUALITY, "customer", Demo.harborId(), "from", TO, "to", FROM);
        assertEquals("VALIDATION", backwards.errorCode(), backwards.body());
        assertEquals("to", backwards.errorField(), backwards.body());
        GraphQL.Answer tooLong = as("sam", QUALITY, "customer", Demo.harborId(), "from", "2001-01-01T00:00:00Z",
                "to", TO);
        assertEquals("VALIDATION", tooLong.errorCode(), tooLong.body());
        assertEquals("to", tooLong.errorField(), tooLong.body());
        GraphQL.Answer notAMoment = as("sam", QUALITY, "customer", Demo.harborId(), "from", "last Monday", "to", TO);
        assertEquals("VALIDATION", notAMoment.errorCode(), notAMoment.body());

        assertEquals(before, RowCounts.now(), "a refused read is no inquiry");
    }

    // --- helpers ---

    private static JsonObject quality(String user, String customerId) {
        return as(user, QUALITY, "customer", customerId, "from", FROM, "to", TO).data()
                .getJsonObject("customerQuality");
    }

    private static long count(JsonObject satisfaction, int score) {
        return satisfaction.getJsonArray("distribution").stream().map(JsonValue::asJsonObject)
                .filter(entry -> entry.getInt("score") == score).findFirst().orElseThrow()
                .getJsonNumber("count").longValue();
    }

    private static long channel(JsonObject quality, String channel) {
        return quality.getJsonArray("interactionsByChannel").stream().map(JsonValue::asJsonObject)
                .filter(entry -> entry.getString("channel").equals(channel)).findFirst().orElseThrow()
                .getJsonNumber("count").longValue();
    }

    private static Map<String, Object> problem(String subscription) {
        Map<String, Object> input = new HashMap<>();
        input.put("subscriptionId", subscription);
        input.put("kind", "INCIDENT");
        input.put("ticketType", "access");
        input.put("severity", "MINOR");
        input.put("priority", "LOW");
        input.put("impact", "INDIVIDUAL");
        input.put("description", "The scheduling VM asks for the password twice.");
        input.put("attachments", List.of());
        return input;
    }

    private static String harborMachine() {
        String machine = Demo.offeringId("vm-standard");
        return as("sam", "query($id: ID!) { customer(id: $id) { subscriptions(first: 100) { edges { node {"
                + " id productOfferingId status } } } } }", "id", Demo.harborId()).data().getJsonObject("customer")
                .getJsonObject("subscriptions").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node"))
                .filter(s -> machine.equals(s.getString("productOfferingId", null))
                        && s.getString("status").equals("ACTIVE"))
                .map(s -> s.getString("id")).sorted().findFirst().orElseThrow();
    }
}
