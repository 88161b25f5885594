package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Trouble tickets over HTTP with real Keycloak tokens: alice reports and sees her deadlines count down, sam records
 * problems from other channels on a customer's behalf, sam and selma work tickets through the TMF621 lifecycle, the
 * customer accepts with a satisfaction rating; Riverside's users read Riverside's tickets, Harbor's users get NOT_FOUND,
 * every staff member reads, only support and service management work, the monitoring account and anonymous callers get
 * nothing; customers never see internal notes; incident reports are written by the provider, read and evaluated by the
 * customer's administrator; bad input is refused with every reason and leaves nothing behind; illegal moves are
 * CONFLICT; the demo tickets include an escalated one and a major incident with its reports.
 */
class TroubleTicketsIT {

    private static final String TICKET_FIELDS = "id customer subscriptionId agreementId kind ticketType severity priority"
            + " targetPriority impact description channel recordedBy onBehalfOfCustomer status tmfStatus statusReason"
            + " receivedAt respondedAt resolvedAt rootCause resolution customerAcceptance nextDueAt changeOrderId"
            + " satisfaction { score comment } relatedTicketIds attachments { url name }"
            + " deadlines { kind targetMinutes due timeLeftMinutes stopped breached }"
            + " statusChangeHistory { sequence from to changedBy actorKind reason }"
            + " notes { id visibility author authorKind text }"
            + " escalations { deadlineKind fromPriority toPriority } version";
    private static final String REPORT = "mutation($input: ReportProblemInput!) { reportProblem(input: $input) { "
            + TICKET_FIELDS + " } }";
    private static final String TICKET = "query($id: ID!) { problem(id: $id) { " + TICKET_FIELDS + " } }";
    private static final String TICKETS = "query($status: TroubleTicketStatus, $customer: ID) {"
            + " problems(status: $status, customerId: $customer, first: 100) { totalCount"
            + " edges { node { id customer status nextDueAt } } } }";
    private static final String START = "mutation($id: ID!) { startTroubleTicket(id: $id) { " + TICKET_FIELDS + " } }";
    private static final String REJECT = "mutation($id: ID!, $reason: String!) { rejectTroubleTicket(id: $id,"
            + " reason: $reason) { id status } }";
    private static final String PEND = "mutation($id: ID!, $reason: String!) { pendTroubleTicket(id: $id,"
            + " reason: $reason) { " + TICKET_FIELDS + " } }";
    private static final String HOLD = "mutation($id: ID!, $reason: String!) { holdTroubleTicket(id: $id,"
            + " reason: $reason) { id status } }";
    private static final String RESUME = "mutation($id: ID!, $reason: String) { resumeTroubleTicket(id: $id,"
            + " reason: $reason) { id status } }";
    private static final String RESOLVE = "mutation($id: ID!, $resolution: String!, $rootCause: String) {"
            + " resolveTroubleTicket(id: $id, resolution: $resolution, rootCause: $rootCause) { " + TICKET_FIELDS
            + " } }";
    private static final String CLOSE = "mutation($id: ID!, $score: Int, $comment: String, $acceptance: String) {"
            + " closeTroubleTicket(id: $id, satisfaction: $score, satisfactionComment: $comment,"
            + " customerAcceptance: $acceptance) { " + TICKET_FIELDS + " } }";
    private static final String REOPEN = "mutation($id: ID!, $reason: String!) { reopenTroubleTicket(id: $id,"
            + " reason: $reason) { id status resolvedAt } }";
    private static final String CANCEL = "mutation($id: ID!, $reason: String!) { cancelTroubleTicket(id: $id,"
            + " reason: $reason) { id status } }";
    private static final String NOTE = "mutation($id: ID!, $visibility: TroubleTicketNoteVisibility!, $text: String!) {"
            + " addTroubleTicketNote(id: $id, visibility: $visibility, text: $text) { id notes { visibility text } } }";
    private static final String RELATE = "mutation($id: ID!, $other: ID!) { relateTroubleTickets(id: $id,"
            + " relatedTicketId: $other) { id relatedTicketIds } }";
    private static final String ROOT_CAUSE = "mutation($id: ID!, $cause: String!) { recordTroubleTicketRootCause("
            + "id: $id, rootCause: $cause) { id rootCause } }";
    private static final String REPORT_FIELDS = "id troubleTicketId kind impact cause explanation countermeasures"
            + " chronology { occurredAt text } author deliveredAt customerEvaluation businessImpact evaluatedBy";
    private static final String INCIDENT_REPORT = "mutation($id: ID!, $impact: String!, $cause: String!) {"
            + " writeIncidentReport(troubleTicketId: $id, impact: $impact, causeSoFar: $cause) { " + REPORT_FIELDS
            + " } }";
    private static final String CONCLUSION = "mutation($id: ID!, $chronology: [IncidentChronologyEntryInput!]!) {"
            + " writeIncidentConclusionReport(troubleTicketId: $id, impact: \"Two wards offline.\","
            + " chronology: $chronology, explanation: \"A switch failed.\", countermeasures: \"A second switch.\") { "
            + REPORT_FIELDS + " } }";
    private static final String EVALUATE = "mutation($id: ID!) { evaluateIncidentReport(id: $id,"
            + " evaluation: \"Well handled.\", businessImpact: \"Two operations postponed.\") { " + REPORT_FIELDS
            + " } }";
    private static final String REPORTS = "query($id: ID!) { incidentReports(troubleTicketId: $id) { "
            + REPORT_FIELDS + " } }";

    private static final Map<String, String> SUBSCRIPTIONS = new java.util.concurrent.ConcurrentHashMap<>();

    // --- reception ---

    @Test
    void aliceReportsAProblemAndSeesItsDeadlinesCountDown() {
        RowCounts before = RowCounts.now();
        JsonObject ticket = report("alice", riversideMachine(), "INCIDENT", "HIGH", null);

        assertEquals("ACKNOWLEDGED", ticket.getString("status"));
        assertEquals("acknowledged", ticket.getString("tmfStatus"));
        assertEquals("riverside", ticket.getString("customer"));
        assertEquals("PORTAL", ticket.getString("channel"), "a customer's report comes through the portal");
        assertEquals("alice", ticket.getString("recordedBy"));
        assertFalse(ticket.getBoolean("onBehalfOfCustomer"));
        assertEquals(1, ticket.getJsonArray("attachments").size());
        List<JsonObject> deadlines = objects(ticket.getJsonArray("deadlines"));
        assertEquals(List.of("RESPONSE", "REPAIR"), deadlines.stream().map(d -> d.getString("kind")).toList());
        // the demo virtual machine offering: high priority is answered within 30 and repaired within 480 minutes, 24x7
        assertEquals(30, deadlines.get(0).getInt("targetMinutes"));
        assertEquals(480, deadlines.get(1).getInt("targetMinutes"));
        int left = deadlines.get(0).getInt("timeLeftMinutes");
        assertTrue(left > 25 && left <= 30, "response time left " + left);
        assertFalse(deadlines.get(0).getBoolean("breached"));
        assertTrue(java.time.Duration.between(java.time.OffsetDateTime.parse(deadlines.get(0).getString("due")),
                java.time.OffsetDateTime.parse(ticket.getString("nextDueAt"))).abs().getSeconds() < 1,
                "the queue's deadline is the response deadline");

        assertEquals(before.customers(), RowCounts.now().customers());
        assertTrue(RowCounts.newestAuditLines(5).contains("TICKET_RECEIVED TroubleTicket " + ticket.getString("id")
                + " by alice"), RowCounts.newestAuditLines(5)::toString);
        assertTrue(historyOf(Demo.riversideId(), ticket.getString("id")).contains("Problem reported: availability"));
    }

    @Test
    void aNegotiatedResponseTimeSetsTheDeadlineOfANewTicket() {
        String subscription = freshRiversideMachine();
        JsonObject before = report("alice", subscription, "INCIDENT", "LOW", null);
        assertEquals(480, objects(before.getJsonArray("deadlines")).get(0).getInt("targetMinutes"),
                "the template's low priority response time");
        String agreement = before.getString("agreementId");
        assertNotNull(agreement, "the ticket names the agreement it counts against");

        GraphQL.Answer negotiated = as("bruno", "mutation($input: NegotiateServiceLevelAgreementOverrideInput!) {"
                + " negotiateServiceLevelAgreementOverride(input: $input) { id } }", "input", Map.of("agreementId",
                agreement, "objective", "TARGET_RESPONSE_TIME_MINUTES", "value", 45, "reason",
                "A first answer within 45 minutes, whatever the priority."));
        assertTrue(negotiated.errors() == null || negotiated.errors().isEmpty(), negotiated.body());

        JsonObject after = report("alice", subscription, "INCIDENT", "LOW", null);
        List<JsonObject> deadlines = objects(after.getJsonArray("deadlines"));
        assertEquals(45, deadlines.get(0).getInt("targetMinutes"), "the customer's agreement, not the template");
        assertEquals(4320, deadlines.get(1).getInt("targetMinutes"), "the repair time was not negotiated");
        assertEquals(agreement, after.getString("agreementId"));
    }

    @Test
    void samRecordsAProblemOnTheCustomersBehalfAndTheChannelIsKept() {
        JsonObject ticket = report("sam", harborMachine(), "INFORMATION_REQUEST", "LOW", "EMAIL");

        assertEquals("harbor", ticket.getString("customer"));
        assertEquals("EMAIL", ticket.getString("channel"));
        assertEquals("sam", ticket.getString("recordedBy"));
        assertTrue(ticket.getBoolean("onBehalfOfCustomer"));
        assertEquals(List.of("RESPONSE"), objects(ticket.getJsonArray("deadlines")).stream()
                .map(d -> d.getString("kind")).toList(), "an information request has no repair clock");
        assertEquals("NOT_FOUND", as("alice", TICKET, "id", ticket.getString("id")).errorCode());
        assertEquals(ticket.getString("id"), read("hugo", ticket.getString("id")).getString("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "sam", "selma"})
    void customersReportAndSupportRecords(String user) {
        String channel = user.equals("sam") || user.equals("selma") ? "PHONE" : "PORTAL";
        assertEquals("ACKNOWLEDGED", report(user, riversideMachine(), "CHANGE_REQUEST", "LOW", channel)
                .getString("status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"otto", "bruno"})
    void operationsAndBusinessManagementDoNotRecordProblems(String user) {
        assertEquals("FORBIDDEN", as(user, REPORT, "input", input(riversideMachine(), "INCIDENT", "LOW", "PHONE"))
                .errorCode());
    }

    @Test
    void aBadReportIsRefusedWithEveryReasonAndLeavesNothingBehind() {
        RowCounts before = RowCounts.now();
        long tickets = ticketCount();
        Map<String, Object> input = new HashMap<>();
        input.put("subscriptionId", harborMachine());                    // Harbor's, not alice's customer's
        input.put("ticketType", "");
        input.put("severity", "MAJOR");
        input.put("description", " ");
        input.put("channel", "EMAIL");                                    // customers report through the portal
        input.put("attachments", List.of(Map.of("url", "ftp://files.example/x", "name", "")));

        GraphQL.Answer answer = as("alice", REPORT, "input", input);

        assertEquals("VALIDATION", answer.errorCode(), answer.body());
        Set<String> fields = Set.of("subscriptionId", "kind", "ticketType", "priority", "impact", "description",
                "channel", "attachments[0].url", "attachments[0].name");
        assertEquals(fields, objects(answer.onlyError().getJsonObject("extensions").getJsonArray("reasons")).stream()
                .map(reason -> reason.getString("field")).collect(Collectors.toSet()), answer.body());
        String message = answer.onlyError().getString("message");
        for (String field : fields) {
            assertTrue(message.contains(field + ": "), field + " missing in " + message);
        }
        assertTrue(fields.contains(answer.errorField()));
        assertEquals(before, RowCounts.now());
        assertEquals(tickets, ticketCount());

        GraphQL.Answer unknown = as("sam", REPORT, "input", input("no-such-subscription", "INCIDENT", "LOW", "PHONE"));
        assertEquals("VALIDATION", unknown.errorCode());
        assertEquals("subscriptionId", unknown.errorField());
        assertEquals(before, RowCounts.now());
        assertEquals(tickets, ticketCount());
    }

    // --- reading and tenancy ---

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "sam", "selma", "otto", "bruno"})
    void riversidesUsersAndProviderStaffReadRiversidesTicket(String user) {
        String id = report("alice", riversideMachine(), "INCIDENT", "LOW", null).getString("id");
        JsonObject ticket = read(user, id);
        assertEquals(id, ticket.getString("id"));
        assertEquals("riverside", ticket.getString("customer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hugo", "harriet"})
    void harborsUsersNeverSeeRiversidesTickets(String user) {
        String id = report("alice", riversideMachine(), "INCIDENT", "LOW", null).getString("id");
        for (GraphQL.Answer answer : List.of(as(user, TICKET, "id", id),
                as(user, CANCEL, "id", id, "reason", "not mine"), as(user, RESUME, "id", id, "reason", "go"),
                as(user, RESOLVE, "id", id, "resolution", "done"), as(user, CLOSE, "id", id, "score", 5),
                as(user, REOPEN, "id", id, "reason", "no"),
                as(user, NOTE, "id", id, "visibility", "CUSTOMER_VISIBLE", "text", "hello"))) {
            assertEquals("NOT_FOUND", answer.errorCode(), answer.body());
        }
        // incident reports are for the customer's administrator: hugo gets NOT_FOUND, harriet's role is refused first
        assertEquals(user.equals("hugo") ? "NOT_FOUND" : "FORBIDDEN", as(user, REPORTS, "id", id).errorCode());
        List<JsonObject> theirs = list(user, null);
        assertFalse(theirs.isEmpty(), "Harbor has demo tickets");
        assertTrue(theirs.stream().allMatch(t -> t.getString("customer").equals("harbor")), theirs::toString);
        assertTrue(list(user, Demo.riversideId()).isEmpty(), "another customer's id filters to nothing");
    }

    @Test
    void staffSeeTheQueueOfAllCustomersSortedByTimeLeft() {
        String critical = report("alice", riversideMachine(), "INCIDENT", "CRITICAL", null).getString("id");
        String harbors = report("hugo", harborMachine(), "INCIDENT", "LOW", null).getString("id");
        List<JsonObject> queue = list("sam", null);
        assertTrue(queue.stream().anyMatch(t -> t.getString("id").equals(critical)), "15 minutes left: near the top");
        assertTrue(list("selma", Demo.harborId()).stream().anyMatch(t -> t.getString("id").equals(harbors)));
        List<java.time.OffsetDateTime> due = queue.stream().filter(t -> t.get("nextDueAt") != JsonValue.NULL)
                .map(t -> java.time.OffsetDateTime.parse(t.getString("nextDueAt"))).toList();
        assertFalse(due.isEmpty());
        for (int i = 1; i < due.size(); i++) {
            assertFalse(due.get(i - 1).isAfter(due.get(i)), "sorted by deadline: " + due);
        }
        int firstWithout = queue.stream().map(t -> t.get("nextDueAt") == JsonValue.NULL).toList().indexOf(true);
        assertTrue(firstWithout < 0 || queue.subList(firstWithout, queue.size()).stream()
                .allMatch(t -> t.get("nextDueAt") == JsonValue.NULL), "tickets without a running clock come last");
        assertTrue(list("alice", null).stream().allMatch(t -> t.getString("customer").equals("riverside")));
        assertTrue(list("hugo", null).stream().anyMatch(t -> t.getString("id").equals(harbors)));
        assertTrue(list("otto", "PENDING", null).stream().allMatch(t -> t.getString("status").equals("PENDING")));
    }

    @Test
    void theMonitoringAccountAndAnonymousCallersGetNothing() {
        String id = report("alice", riversideMachine(), "INCIDENT", "LOW", null).getString("id");
        String token = Tokens.monitoring();
        Map<String, Object> input = input(riversideMachine(), "INCIDENT", "LOW", "PHONE");
        assertEquals("FORBIDDEN", GraphQL.withToken(token, TICKET, "id", id).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, TICKETS).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, REPORTS, "id", id).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, REPORT, "input", input).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, START, "id", id).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, CANCEL, "id", id, "reason", "x").errorCode());
        assertEquals("UNAUTHENTICATED", as(null, TICKET, "id", id).errorCode());
        assertEquals("UNAUTHENTICATED", as(null, TICKETS).errorCode());
        assertEquals("UNAUTHENTICATED", as(null, REPORT, "input", input).errorCode());
        assertEquals("UNAUTHENTICATED", as(null, START, "id", id).errorCode());
        assertEquals("ACKNOWLEDGED", read("sam", id).getString("status"), "nothing changed");
    }

    // --- the lifecycle ---

    @Test
    void aTicketGoesThroughTheWholeLifecycleAndTheCustomerAcceptsWithARating() {
        String id = report("alice", riversideMachine(), "INCIDENT", "HIGH", null).getString("id");

        JsonObject started = as("sam", START, "id", id).data().getJsonObject("startTroubleTicket");
        assertEquals("IN_PROGRESS", started.getString("status"));
        assertNotNull(started.getString("respondedAt"));
        assertTrue(objects(started.getJsonArray("deadlines")).get(0).getBoolean("stopped"), "responded");

        JsonObject pending = as("sam", PEND, "id", id, "reason", "Which wards are affected?").data()
                .getJsonObject("pendTroubleTicket");
        assertEquals("PENDING", pending.getString("status"));
        JsonObject repair = objects(pending.getJsonArray("deadlines")).get(1);
        assertEquals(JsonValue.NULL, repair.get("due"), "the repair clock pauses while the customer is awaited");
        assertEquals(JsonValue.NULL, pending.get("nextDueAt"));
        assertEquals("IN_PROGRESS", status(as("alice", RESUME, "id", id, "reason", "Wards 3 and 4."),
                "resumeTroubleTicket"));
        assertEquals("HELD", status(as("selma", HOLD, "id", id, "reason", "Waiting for the switch vendor."),
                "holdTroubleTicket"));
        assertEquals("FORBIDDEN", as("alice", RESUME, "id", id).errorCode(), "the provider resumes a held ticket");
        assertEquals("IN_PROGRESS", status(as("selma", RESUME, "id", id), "resumeTroubleTicket"));

        GraphQL.Answer byAlice = as("alice", RESOLVE, "id", id, "resolution", "I fixed it myself.");
        assertEquals("FORBIDDEN", byAlice.errorCode(), "alice cannot resolve her own ticket");
        JsonObject resolved = as("sam", RESOLVE, "id", id, "resolution", "Replaced the switch.", "rootCause",
                "A failed switch port.").data().getJsonObject("resolveTroubleTicket");
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals("A failed switch port.", resolved.getString("rootCause"));
        assertEquals("IN_PROGRESS", status(as("adam", REOPEN, "id", id, "reason", "Ward 4 is still offline."),
                "reopenTroubleTicket"));
        as("selma", RESOLVE, "id", id, "resolution", "Replaced the second switch as well.");

        GraphQL.Answer noAcceptance = as("sam", CLOSE, "id", id);
        assertEquals("VALIDATION", noAcceptance.errorCode());
        assertEquals("customerAcceptance", noAcceptance.errorField());
        GraphQL.Answer badScore = as("alice", CLOSE, "id", id, "score", 6);
        assertEquals("VALIDATION", badScore.errorCode());
        assertEquals("rating.score", badScore.errorField());
        assertEquals("RESOLVED", read("alice", id).getString("status"), "a refused close changes nothing");

        JsonObject closed = as("alice", CLOSE, "id", id, "score", 5, "comment", "Quick and clear.").data()
                .getJsonObject("closeTroubleTicket");
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(5, closed.getJsonObject("satisfaction").getInt("score"));
        assertEquals("Quick and clear.", closed.getJsonObject("satisfaction").getString("comment"));
        List<JsonObject> history = objects(closed.getJsonArray("statusChangeHistory"));
        assertEquals(List.of("ACKNOWLEDGED", "IN_PROGRESS", "PENDING", "IN_PROGRESS", "HELD", "IN_PROGRESS",
                "RESOLVED", "IN_PROGRESS", "RESOLVED", "CLOSED"), history.stream().map(c -> c.getString("to")).toList());
        assertEquals(List.of("alice", "sam", "sam", "alice", "selma", "selma", "sam", "adam", "selma", "alice"),
                history.stream().map(c -> c.getString("changedBy")).toList());
        assertEquals("CUSTOMER", history.get(9).getString("actorKind"));

        // an ended ticket moves no more: CONFLICT
        assertEquals("CONFLICT", as("sam", START, "id", id).errorCode());
        assertEquals("CONFLICT", as("alice", CANCEL, "id", id, "reason", "late").errorCode());
        assertEquals("CONFLICT", as("adam", REOPEN, "id", id, "reason", "again").errorCode());
        assertEquals("NOT_FOUND", as("sam", START, "id", "no-such-ticket").errorCode());

        List<String> interactions = historyOf(Demo.riversideId(), id);
        assertEquals(10, interactions.size(), "reported and nine moves: " + interactions);
        List<String> audit = RowCounts.newestAuditLines(20);
        assertTrue(audit.contains("TICKET_STATUS_CHANGED TroubleTicket " + id + " by alice"), audit::toString);
    }

    @Test
    void illegalMovesAreConflictsAndSupportCancelsOrRejects() {
        String id = report("bianca", riversideMachine(), "CHANGE_REQUEST", "MEDIUM", null).getString("id");
        assertEquals("CONFLICT", as("sam", RESOLVE, "id", id, "resolution", "x").errorCode(), "not in progress yet");
        assertEquals("CONFLICT", as("alice", CLOSE, "id", id).errorCode(), "nothing resolved to accept");
        assertEquals("CONFLICT", as("sam", HOLD, "id", id, "reason", "x").errorCode());
        assertEquals("REJECTED", status(as("selma", REJECT, "id", id, "reason", "Not our service."),
                "rejectTroubleTicket"));
        assertEquals("CONFLICT", as("sam", START, "id", id).errorCode());

        String other = report("alice", riversideMachine(), "INCIDENT", "LOW", null).getString("id");
        assertEquals("CANCELLED", status(as("alice", CANCEL, "id", other, "reason", "It works again."),
                "cancelTroubleTicket"));
        String third = report("alice", riversideMachine(), "INCIDENT", "LOW", null).getString("id");
        assertEquals("CANCELLED", status(as("sam", CANCEL, "id", third, "reason", "Duplicate."),
                "cancelTroubleTicket"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "otto", "bruno"})
    void onlySupportAndServiceManagementWorkTickets(String user) {
        String id = report("alice", riversideMachine(), "INCIDENT", "LOW", null).getString("id");
        String other = report("alice", riversideMachine(), "INCIDENT", "LOW", null).getString("id");
        for (GraphQL.Answer answer : List.of(as(user, START, "id", id), as(user, REJECT, "id", id, "reason", "x"),
                as(user, PEND, "id", id, "reason", "x"), as(user, HOLD, "id", id, "reason", "x"),
                as(user, RESOLVE, "id", id, "resolution", "x"), as(user, RELATE, "id", id, "other", other),
                as(user, ROOT_CAUSE, "id", id, "cause", "x"),
                as(user, INCIDENT_REPORT, "id", id, "impact", "x", "cause", "y"))) {
            assertEquals("FORBIDDEN", answer.errorCode(), answer.body());
        }
        if (user.equals("otto") || user.equals("bruno")) {
            for (GraphQL.Answer answer : List.of(as(user, CANCEL, "id", id, "reason", "x"),
                    as(user, RESUME, "id", id), as(user, CLOSE, "id", id), as(user, REOPEN, "id", id, "reason", "x"),
                    as(user, NOTE, "id", id, "visibility", "CUSTOMER_VISIBLE", "text", "x"))) {
                assertEquals("FORBIDDEN", answer.errorCode(), answer.body());
            }
        }
        assertEquals("ACKNOWLEDGED", read("sam", id).getString("status"));
    }

    // --- diagnostics ---

    @Test
    void customersNeverSeeInternalNotes() {
        String id = report("alice", riversideMachine(), "INCIDENT", "MEDIUM", null).getString("id");
        as("sam", NOTE, "id", id, "visibility", "INTERNAL", "text", "Port 12 of switch B flaps.");
        as("selma", NOTE, "id", id, "visibility", "CUSTOMER_VISIBLE", "text", "We are replacing a network switch.");
        as("alice", NOTE, "id", id, "visibility", "CUSTOMER_VISIBLE", "text", "Ward 3 is affected too.");
        assertEquals("FORBIDDEN", as("adam", NOTE, "id", id, "visibility", "INTERNAL", "text", "x").errorCode());

        for (String customer : List.of("alice", "adam", "bianca")) {
            List<JsonObject> notes = objects(read(customer, id).getJsonArray("notes"));
            assertEquals(List.of("CUSTOMER_VISIBLE", "CUSTOMER_VISIBLE"), notes.stream()
                    .map(n -> n.getString("visibility")).toList(), customer);
            assertTrue(notes.stream().noneMatch(n -> n.getString("text").contains("flaps")));
        }
        for (String staff : List.of("sam", "selma", "otto", "bruno")) {
            assertEquals(3, read(staff, id).getJsonArray("notes").size(), staff);
        }
        String list = as("alice", TICKETS.replace("nextDueAt", "nextDueAt notes { text }")).body();
        assertFalse(list.contains("flaps"), "not in the list either");
    }

    @Test
    void supportRelatesTicketsBothWaysAndRecordsTheRootCause() {
        String first = report("alice", riversideMachine(), "INCIDENT", "HIGH", null).getString("id");
        String second = report("hugo", harborMachine(), "INCIDENT", "HIGH", null).getString("id");
        JsonObject related = as("sam", RELATE, "id", first, "other", second).data()
                .getJsonObject("relateTroubleTickets");
        assertEquals(List.of(second), strings(related.getJsonArray("relatedTicketIds")));
        assertEquals(List.of(first), strings(read("selma", second).getJsonArray("relatedTicketIds")));
        assertEquals("VALIDATION", as("sam", RELATE, "id", first, "other", first).errorCode());
        assertEquals("VALIDATION", as("sam", RELATE, "id", first, "other", "no-such-ticket").errorCode());
        assertEquals("The shared switch in Zurich.", as("selma", ROOT_CAUSE, "id", first, "cause",
                "The shared switch in Zurich.").data().getJsonObject("recordTroubleTicketRootCause")
                .getString("rootCause"));
    }

    // --- incident reports ---

    @Test
    void theProviderReportsAMajorIncidentAndAdamReadsAndEvaluatesTheConclusion() {
        String id = report("sam", riversideMachine(), "INCIDENT", "CRITICAL", "PHONE").getString("id");
        as("selma", START, "id", id);
        JsonObject interim = as("selma", INCIDENT_REPORT, "id", id, "impact", "Two wards offline.", "cause",
                "A network switch.").data().getJsonObject("writeIncidentReport");
        assertEquals("INCIDENT_REPORT", interim.getString("kind"));
        assertNotNull(interim.getString("deliveredAt"), "delivered to the customer's administrators");
        assertEquals("CONFLICT", as("selma", CONCLUSION, "id", id, "chronology", chronology()).errorCode(),
                "the conclusion comes once the incident is resolved");
        as("selma", RESOLVE, "id", id, "resolution", "Switch replaced.", "rootCause", "A failed switch.");
        JsonObject conclusion = as("selma", CONCLUSION, "id", id, "chronology", chronology()).data()
                .getJsonObject("writeIncidentConclusionReport");
        assertEquals("CONCLUSION_REPORT", conclusion.getString("kind"));
        assertEquals(2, conclusion.getJsonArray("chronology").size());
        assertEquals("A failed switch.", conclusion.getString("cause"));

        List<JsonObject> forAdam = objects(as("adam", REPORTS, "id", id).data().getJsonArray("incidentReports"));
        assertEquals(List.of("INCIDENT_REPORT", "CONCLUSION_REPORT"), forAdam.stream().map(r -> r.getString("kind"))
                .toList());
        assertEquals("FORBIDDEN", as("alice", REPORTS, "id", id).errorCode(), "the customer's administrator reads them");
        assertEquals("NOT_FOUND", as("hugo", REPORTS, "id", id).errorCode());
        assertEquals("NOT_FOUND", as("hugo", EVALUATE, "id", conclusion.getString("id")).errorCode());
        assertEquals("FORBIDDEN", as("bianca", EVALUATE, "id", conclusion.getString("id")).errorCode());
        assertEquals("FORBIDDEN", as("adam", INCIDENT_REPORT, "id", id, "impact", "x", "cause", "y").errorCode());
        JsonObject evaluated = as("adam", EVALUATE, "id", conclusion.getString("id")).data()
                .getJsonObject("evaluateIncidentReport");
        assertEquals("Well handled.", evaluated.getString("customerEvaluation"));
        assertEquals("Two operations postponed.", evaluated.getString("businessImpact"));
        assertEquals("adam", evaluated.getString("evaluatedBy"));
        assertEquals(2, objects(as("otto", REPORTS, "id", id).data().getJsonArray("incidentReports")).size());

        String question = report("alice", riversideMachine(), "INFORMATION_REQUEST", "LOW", null).getString("id");
        assertEquals("CONFLICT", as("sam", INCIDENT_REPORT, "id", question, "impact", "x", "cause", "y")
                .errorCode(), "incident reports are about incidents");
        GraphQL.Answer badChronology = as("selma", CONCLUSION, "id", id, "chronology",
                List.of(Map.of("occurredAt", "yesterday", "text", "x")));
        assertEquals("VALIDATION", badChronology.errorCode());
        assertEquals("chronology[0].occurredAt", badChronology.errorField());
    }

    // --- change requests (ITU-T Y.3502 8.3.2.14) ---

    private static final String ACCEPT = "mutation($id: ID!, $quantity: Int, $region: String, $consent: Boolean) {"
            + " acceptChangeRequest(id: $id, quantity: $quantity, region: $region, relocationConsent: $consent) { "
            + TICKET_FIELDS + " } }";
    private static final String ORDER = "query($id: ID!) { customerOrder(id: $id) { id customerId state placedBy"
            + " troubleTicketId items { action subscriptionId productOfferingId quantity region relocationConsentBy }"
            + " productOrders { id } } }";

    @Test
    void selmaAcceptsAChangeRequestAndAModifyOrderCarriesItOutLinkedBothWays() {
        String subscription = freshRiversideMachine(); // one virtual machine in ch-zurich
        JsonObject request = report("alice", subscription, "CHANGE_REQUEST", "MEDIUM", null);
        String id = request.getString("id");
        long orders = orderCount(Demo.riversideId());

        JsonObject accepted = accept("selma", id, 3, "ch-geneva", true);

        assertEquals("IN_PROGRESS", accepted.getString("status"), "TMF621: accepted work goes on");
        assertNotNull(accepted.getString("respondedAt"), "the acceptance answers the request");
        String orderId = accepted.getString("changeOrderId");
        JsonObject change = objects(accepted.getJsonArray("statusChangeHistory")).get(1);
        assertEquals("selma", change.getString("changedBy"));
        assertTrue(change.getString("reason").contains(orderId), change::toString);
        assertEquals(orders + 1, orderCount(Demo.riversideId()), "one order");

        JsonObject order = order("selma", orderId);
        assertEquals(id, order.getString("troubleTicketId"), "the order names its change request");
        assertEquals(Demo.riversideId(), order.getString("customerId"));
        assertEquals("selma", order.getString("placedBy"), "placed on the customer's behalf, by whom");
        assertEquals("ACKNOWLEDGED", order.getString("state"));
        JsonObject item = order.getJsonArray("items").getJsonObject(0);
        assertEquals("MODIFY", item.getString("action"));
        assertEquals(subscription, item.getString("subscriptionId"), "the ticket's subscription");
        assertEquals(Demo.offeringId("vm-standard"), item.getString("productOfferingId"));
        assertEquals(3, item.getInt("quantity"));
        assertEquals("ch-geneva", item.getString("region"));
        assertEquals("alice", item.getString("relocationConsentBy"), "the consent is the request's, alice's");

        // the customer sees both ends of the link, and the note that tells her
        JsonObject forAlice = read("alice", id);
        assertEquals(orderId, forAlice.getString("changeOrderId"));
        assertTrue(objects(forAlice.getJsonArray("notes")).stream().anyMatch(n -> n.getString("text")
                .contains(orderId) && n.getString("text").contains("quantity 3 (was 1)")), forAlice::toString);
        assertEquals(id, order("alice", orderId).getString("troubleTicketId"));
        assertEquals(id, order("bianca", orderId).getString("troubleTicketId"));
        assertEquals("NOT_FOUND", as("hugo", ORDER, "id", orderId).errorCode());

        List<String> audit = RowCounts.newestAuditLines(20);
        for (String line : List.of("ORDER_PLACED CustomerOrder " + orderId + " by selma",
                "TICKET_CHANGE_ORDER_LINKED TroubleTicket " + id + " by selma",
                "TICKET_STATUS_CHANGED TroubleTicket " + id + " by selma")) {
            assertTrue(audit.contains(line), line + " missing in " + audit);
        }
        assertTrue(historyOf(Demo.riversideId(), id).contains("Change request accepted"));

        // a retry answers the same order and writes nothing; another change with it is CONFLICT
        RowCounts before = RowCounts.now();
        assertEquals(orderId, accept("selma", id, 3, "ch-geneva", true).getString("changeOrderId"));
        assertEquals(before, RowCounts.now());
        assertEquals(orders + 1, orderCount(Demo.riversideId()));
        assertEquals("CONFLICT", as("selma", ACCEPT, "id", id, "quantity", 4).errorCode());

        // fulfilled, the order changes the subscription the customer asked about
        for (JsonObject productOrder : objects(order.getJsonArray("productOrders"))) {
            as("selma", "mutation($id: ID!) { startProductOrder(id: $id) { id } }", "id", productOrder.getString("id"));
            as("selma", "mutation($id: ID!) { completeProductOrder(id: $id) { id } }", "id",
                    productOrder.getString("id"));
        }
        assertEquals("COMPLETED", order("selma", orderId).getString("state"));
        JsonObject modified = objects(as("sam", "query($id: ID!) { customer(id: $id) { subscriptions(first: 100) {"
                + " edges { node { id quantity region } } } } }", "id", Demo.riversideId()).data()
                .getJsonObject("customer").getJsonObject("subscriptions").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node")).filter(s -> s.getString("id").equals(subscription))
                .findFirst().orElseThrow();
        assertEquals(3, modified.getInt("quantity"));
        assertEquals("ch-geneva", modified.getString("region"));

        // and the ticket tells alice, through the order's outbox event (delivered after the commit)
        String told = "Customer order " + orderId + ", which carries out this change request, is completed.";
        long until = System.currentTimeMillis() + 30_000;
        List<JsonObject> notes = List.of();
        while (System.currentTimeMillis() < until) {
            notes = objects(read("alice", id).getJsonArray("notes"));
            if (notes.stream().anyMatch(n -> n.getString("text").equals(told))) {
                break;
            }
            sleep(250);
        }
        JsonObject outcome = notes.stream().filter(n -> n.getString("text").equals(told)).findFirst()
                .orElseThrow(() -> new AssertionError("no note of the completed order: " + read("alice", id)));
        assertEquals("SYSTEM", outcome.getString("authorKind"));
        assertEquals("order fulfilment", outcome.getString("author"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRefusedChangeOrderIsValidationNamingTheFieldsAndLeavesNoOrderAndNoLink() {
        String subscription = freshRiversideMachine(); // one virtual machine in ch-zurich
        String id = report("bianca", subscription, "CHANGE_REQUEST", "LOW", null).getString("id");
        RowCounts before = RowCounts.now();
        long orders = orderCount(Demo.riversideId());

        GraphQL.Answer notOffered = as("selma", ACCEPT, "id", id, "quantity", 0, "region", "us-east", "consent",
                true);
        assertEquals("VALIDATION", notOffered.errorCode(), notOffered.body());
        assertEquals(Set.of("quantity", "region"), reasonFields(notOffered));
        GraphQL.Answer moveWithoutConsent = as("selma", ACCEPT, "id", id, "region", "ch-geneva");
        assertEquals("VALIDATION", moveWithoutConsent.errorCode(), moveWithoutConsent.body());
        assertEquals("relocationConsent", moveWithoutConsent.errorField());
        GraphQL.Answer nothing = as("selma", ACCEPT, "id", id);
        assertEquals("VALIDATION", nothing.errorCode());
        assertEquals(Set.of("quantity", "region"), reasonFields(nothing));
        GraphQL.Answer past = as("selma", "mutation($id: ID!) { acceptChangeRequest(id: $id, quantity: 7,"
                + " requestedCompletionDate: \"2020-01-01T00:00:00Z\") { id } }", "id", id);
        assertEquals("VALIDATION", past.errorCode(), past.body());
        assertEquals("requestedCompletionDate", past.errorField());

        assertEquals(before, RowCounts.now(), "no audit line: nothing was stored");
        assertEquals(orders, orderCount(Demo.riversideId()), "no order");
        JsonObject ticket = read("selma", id);
        assertEquals(JsonValue.NULL, ticket.get("changeOrderId"), "no link");
        assertEquals("ACKNOWLEDGED", ticket.getString("status"));
        assertEquals(0, ticket.getJsonArray("notes").size());
    }

    @Test
    void onlyAnOpenChangeRequestIsAcceptedAndNothingIsOrderedForAnotherKind() {
        long orders = orderCount(Demo.riversideId());
        String incident = report("alice", riversideMachine(), "INCIDENT", "LOW", null).getString("id");
        String question = report("alice", riversideMachine(), "INFORMATION_REQUEST", "LOW", null).getString("id");
        String withdrawn = report("alice", riversideMachine(), "CHANGE_REQUEST", "LOW", null).getString("id");
        as("alice", CANCEL, "id", withdrawn, "reason", "Not needed any more.");

        for (String id : List.of(incident, question, withdrawn)) {
            assertEquals("CONFLICT", as("selma", ACCEPT, "id", id, "quantity", 9).errorCode(), id);
        }
        assertEquals(orders, orderCount(Demo.riversideId()));
        assertEquals("NOT_FOUND", as("selma", ACCEPT, "id", "no-such-ticket", "quantity", 9).errorCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "harriet", "sam", "otto", "bruno"})
    void onlyTheServiceManagerAcceptsAChangeRequest(String user) {
        String id = report("alice", riversideMachine(), "CHANGE_REQUEST", "LOW", null).getString("id");
        long orders = orderCount(Demo.riversideId());

        GraphQL.Answer answer = as(user, ACCEPT, "id", id, "quantity", 9);

        // customers' users and every other staff role are refused by role, before the id is looked at: an order
        // commits the customer to pay, and only the service manager accepts what the customer asked for
        assertEquals("FORBIDDEN", answer.errorCode(), answer.body());
        if (user.equals("hugo") || user.equals("harriet")) {
            assertEquals("NOT_FOUND", as(user, TICKET, "id", id).errorCode(), "nor does Harbor see the request");
        }
        assertEquals(orders, orderCount(Demo.riversideId()));
        JsonObject ticket = read("selma", id);
        assertEquals("ACKNOWLEDGED", ticket.getString("status"));
        assertEquals(JsonValue.NULL, ticket.get("changeOrderId"));
    }

    @Test
    void theMonitoringAccountAndAnonymousCallersAcceptNoChangeRequest() {
        String id = report("alice", riversideMachine(), "CHANGE_REQUEST", "LOW", null).getString("id");
        assertEquals("FORBIDDEN", GraphQL.withToken(Tokens.monitoring(), ACCEPT, "id", id, "quantity", 9).errorCode());
        assertEquals("UNAUTHENTICATED", as(null, ACCEPT, "id", id, "quantity", 9).errorCode());
        assertEquals(JsonValue.NULL, read("selma", id).get("changeOrderId"));
    }

    // --- the contract's names ---

    @Test
    void problemAndProblemsAreTheNamesAndTheOldOnesStillAnswerTheSame() {
        String id = report("alice", riversideMachine(), "INCIDENT", "LOW", null).getString("id");
        String portalQuery = "query($customerId: ID, $after: String) { problems(customerId: $customerId, first: 20,"
                + " after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id customer kind"
                + " ticketType severity priority status description receivedAt"
                + " deadlines { kind due timeLeftMinutes stopped breached } } } } }";
        JsonObject page = as("alice", portalQuery).data().getJsonObject("problems");
        assertTrue(page.getInt("totalCount") >= 1);
        List<JsonObject> nodes = objects(page.getJsonArray("edges")).stream().map(e -> e.getJsonObject("node"))
                .toList();
        assertTrue(nodes.stream().allMatch(t -> t.getString("customer").equals("riverside")));
        if (page.getJsonObject("pageInfo").getBoolean("hasNextPage")) {
            JsonObject next = as("alice", portalQuery, "after", page.getJsonObject("pageInfo")
                    .getString("endCursor")).data().getJsonObject("problems");
            assertFalse(next.getJsonArray("edges").isEmpty(), "the portal pages on");
        }
        assertEquals("NOT_FOUND", as("hugo", TICKET, "id", id).errorCode());

        JsonObject old = as("alice", "query($id: ID!) { troubleTicket(id: $id) { id status } }", "id", id).data()
                .getJsonObject("troubleTicket");
        assertEquals(id, old.getString("id"));
        assertEquals(as("sam", "{ problems(first: 0) { totalCount } }").data().getJsonObject("problems")
                .getInt("totalCount"), as("sam", "{ troubleTickets(first: 0) { totalCount } }").data()
                .getJsonObject("troubleTickets").getInt("totalCount"));
        assertEquals("NOT_FOUND", as("hugo", "query($id: ID!) { troubleTicket(id: $id) { id } }", "id", id)
                .errorCode(), "the old name keeps the tenant rule: it is the same boundary method");
    }

    private static JsonObject accept(String user, String id, Integer quantity, String region, Boolean consent) {
        GraphQL.Answer answer = as(user, ACCEPT, "id", id, "quantity", quantity, "region", region, "consent", consent);
        assertTrue(answer.errors() == null || answer.errors().isEmpty(), answer.body());
        return answer.data().getJsonObject("acceptChangeRequest");
    }

    private static JsonObject order(String user, String id) {
        GraphQL.Answer answer = as(user, ORDER, "id", id);
        assertTrue(answer.errors() == null || answer.errors().isEmpty(), answer.body());
        return answer.data().getJsonObject("customerOrder");
    }

    private static long orderCount(String customerId) {
        return as("sam", "query($c: ID) { customerOrders(customerId: $c, first: 0) { totalCount } }", "c", customerId)
                .data().getJsonObject("customerOrders").getJsonNumber("totalCount").longValue();
    }

    private static Set<String> reasonFields(GraphQL.Answer answer) {
        return objects(answer.onlyError().getJsonObject("extensions").getJsonArray("reasons")).stream()
                .map(reason -> reason.getString("field")).collect(Collectors.toSet());
    }

    // --- reporting ---

    private static final String STATISTICS = "query($customer: ID, $from: DateTime!, $to: DateTime!,"
            + " $groupBy: TroubleTicketStatisticsGrouping!) { troubleTicketStatistics(customerId: $customer,"
            + " from: $from, to: $to, groupBy: $groupBy) { group tickets acknowledged meanMinutesToAcknowledge"
            + " medianMinutesToAcknowledge repaired meanMinutesToRepair medianMinutesToRepair"
            + " percentAcknowledgedWithinTarget percentRepairedWithinTarget meanMinutesToAnswerInformationRequests"
            + " backlog { status count } } }";

    @Test
    void theFiguresOfAPeriodAreAggregatedPerPriorityCustomerAndMonthForThoseWhoMaySeeThem() {
        JsonObject question = report("alice", riversideMachine(), "INFORMATION_REQUEST", "LOW", null);
        JsonObject outage = report("alice", riversideMachine(), "INCIDENT", "HIGH", null);
        JsonObject waiting = report("alice", riversideMachine(), "INCIDENT", "LOW", null);
        status(as("sam", START, "id", question.getString("id")), "startTroubleTicket");
        status(as("sam", START, "id", outage.getString("id")), "startTroubleTicket");
        status(as("sam", RESOLVE, "id", outage.getString("id"), "resolution", "Restarted."), "resolveTroubleTicket");
        // only this test's tickets were received in this period (the tests of one class run one after another)
        String from = question.getString("receivedAt");
        String to = java.time.OffsetDateTime.parse(waiting.getString("receivedAt")).plusNanos(1_000_000).toString();

        Map<String, JsonObject> perPriority = statistics("adam", null, from, to, "PRIORITY");
        assertEquals(Set.of("HIGH", "LOW"), perPriority.keySet());
        JsonObject high = perPriority.get("HIGH");
        assertEquals(1, high.getInt("tickets"));
        assertEquals(1, high.getInt("acknowledged"));
        assertEquals(1, high.getInt("repaired"));
        assertEquals(100.0, high.getJsonNumber("percentAcknowledgedWithinTarget").doubleValue());
        assertEquals(100.0, high.getJsonNumber("percentRepairedWithinTarget").doubleValue());
        assertTrue(high.getJsonNumber("medianMinutesToRepair").doubleValue() < 5, high::toString);
        assertEquals(JsonValue.NULL, high.get("meanMinutesToAnswerInformationRequests"));
        assertEquals(Map.of("RESOLVED", 1), backlog(high));
        JsonObject low = perPriority.get("LOW");
        assertEquals(2, low.getInt("tickets"));
        assertEquals(1, low.getInt("acknowledged"));
        assertEquals(0, low.getInt("repaired"));
        assertEquals(JsonValue.NULL, low.get("meanMinutesToRepair"));
        assertEquals(JsonValue.NULL, low.get("percentRepairedWithinTarget"));
        assertTrue(low.getJsonNumber("meanMinutesToAnswerInformationRequests").doubleValue() < 5, low::toString);
        assertEquals(Map.of("ACKNOWLEDGED", 1, "IN_PROGRESS", 1), backlog(low));

        Map<String, JsonObject> perCustomer = statistics("sam", null, from, to, "CUSTOMER");
        assertEquals(Set.of("riverside"), perCustomer.keySet());
        assertEquals(3, perCustomer.get("riverside").getInt("tickets"));
        assertEquals(2, perCustomer.get("riverside").getInt("acknowledged"));
        assertEquals(3, statistics("bianca", Demo.riversideId(), from, to, "MONTH").values().iterator().next()
                .getInt("tickets"));
        assertEquals(1, statistics("otto", null, from, to, "OFFERING").size(), "one offering: virtual machines");

        assertTrue(statistics("hugo", null, from, to, "CUSTOMER").isEmpty(), "hugo never sees Riverside's figures");
        assertEquals("NOT_FOUND", as("hugo", STATISTICS, "customer", Demo.riversideId(), "from", from, "to", to,
                "groupBy", "CUSTOMER").errorCode());
        assertEquals("FORBIDDEN", as("alice", STATISTICS, "from", from, "to", to, "groupBy", "CUSTOMER").errorCode(),
                "a customer's plain user gets no management figures");
        GraphQL.Answer backwards = as("sam", STATISTICS, "from", to, "to", from, "groupBy", "MONTH");
        assertEquals("VALIDATION", backwards.errorCode(), backwards.body());
        assertEquals("to", backwards.errorField());
    }

    private static Map<String, JsonObject> statistics(String user, String customer, String from, String to,
            String groupBy) {
        GraphQL.Answer answer = customer == null
                ? as(user, STATISTICS, "from", from, "to", to, "groupBy", groupBy)
                : as(user, STATISTICS, "customer", customer, "from", from, "to", to, "groupBy", groupBy);
        assertTrue(answer.errors() == null || answer.errors().isEmpty(), answer.body());
        return objects(answer.data().getJsonArray("troubleTicketStatistics")).stream()
                .collect(Collectors.toMap(row -> row.getString("group"), row -> row));
    }

    private static Map<String, Integer> backlog(JsonObject row) {
        return objects(row.getJsonArray("backlog")).stream()
                .collect(Collectors.toMap(b -> b.getString("status"), b -> b.getInt("count")));
    }

    // --- demo data ---

    @Test
    void theDemoTicketsHoldAnEscalatedOneAndAMajorIncidentWithItsReports() {
        List<JsonObject> riverside = objects(as("selma", "query($c: ID) { problems(customerId: $c, first: 100)"
                + " { edges { node { id status priority targetPriority severity escalations { deadlineKind } } } } }",
                "c", Demo.riversideId()).data().getJsonObject("problems").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node")).toList();
        JsonObject escalated = riverside.stream().filter(t -> t.getJsonArray("escalations").size() == 2).findFirst()
                .orElseThrow(() -> new AssertionError("no escalated demo ticket: " + riverside));
        assertEquals("LOW", escalated.getString("targetPriority"));
        assertEquals("HIGH", escalated.getString("priority"), "escalated twice, one step each");
        JsonObject major = riverside.stream().filter(t -> t.getString("severity").equals("CRITICAL")
                && t.getString("status").equals("RESOLVED")).findFirst().orElseThrow();
        assertEquals(List.of("INCIDENT_REPORT", "CONCLUSION_REPORT"), objects(as("adam", REPORTS, "id",
                major.getString("id")).data().getJsonArray("incidentReports")).stream()
                .map(r -> r.getString("kind")).toList());
        assertTrue(list("hugo", null).stream().anyMatch(t -> t.getString("status").equals("PENDING")));
        assertTrue(list("hugo", "CLOSED", null).size() >= 1);
    }

    // --- helpers ---

    private static JsonObject report(String user, String subscription, String kind, String priority,
            String channel) {
        GraphQL.Answer answer = as(user, REPORT, "input", input(subscription, kind, priority, channel));
        assertTrue(answer.errors() == null || answer.errors().isEmpty(), answer.body());
        return answer.data().getJsonObject("reportProblem");
    }

    private static Map<String, Object> input(String subscription, String kind, String priority, String channel) {
        Map<String, Object> input = new HashMap<>();
        input.put("subscriptionId", subscription);
        input.put("kind", kind);
        input.put("ticketType", "availability");
        input.put("severity", "MAJOR");
        input.put("priority", priority);
        input.put("impact", "DEPARTMENT");
        input.put("description", "The imaging archive does not answer.");
        if (channel != null) {
            input.put("channel", channel);
        }
        input.put("attachments", List.of(Map.of("url", "https://files.riverside.example/screen.png",
                "name", "screenshot")));
        return input;
    }

    private static JsonObject read(String user, String id) {
        GraphQL.Answer answer = as(user, TICKET, "id", id);
        assertTrue(answer.errors() == null || answer.errors().isEmpty(), answer.body());
        return answer.data().getJsonObject("problem");
    }

    private static String status(GraphQL.Answer answer, String mutation) {
        assertTrue(answer.errors() == null || answer.errors().isEmpty(), answer.body());
        return answer.data().getJsonObject(mutation).getString("status");
    }

    private static List<JsonObject> list(String user, String customerId) {
        return list(user, null, customerId);
    }

    private static List<JsonObject> list(String user, String status, String customerId) {
        GraphQL.Answer answer = status == null && customerId == null ? as(user, TICKETS)
                : status == null ? as(user, TICKETS, "customer", customerId)
                : customerId == null ? as(user, TICKETS, "status", status)
                : as(user, TICKETS, "status", status, "customer", customerId);
        assertTrue(answer.errors() == null || answer.errors().isEmpty(), answer.body());
        return objects(answer.data().getJsonObject("problems").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node")).toList();
    }

    private static long ticketCount() {
        return as("selma", "{ problems(first: 0) { totalCount } }").data().getJsonObject("problems")
                .getJsonNumber("totalCount").longValue();
    }

    private static List<Map<String, Object>> chronology() {
        return List.of(Map.of("occurredAt", "2026-01-05T08:00:00Z", "text", "Wards report the outage."),
                Map.of("occurredAt", "2026-01-05T09:30:00Z", "text", "The switch is replaced."));
    }

    /** The subjects of the customer's interactions about one ticket. */
    private static List<String> historyOf(String customerId, String ticketId) {
        return objects(as("sam", "query($id: ID!) { customer(id: $id) { interactions(first: 100) {"
                + " edges { node { subject relatedEntityId } } } } }", "id", customerId).data()
                .getJsonObject("customer").getJsonObject("interactions").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node"))
                .filter(node -> ticketId.equals(node.getString("relatedEntityId", null)))
                .map(node -> node.getString("subject")).toList();
    }

    private static String riversideMachine() {
        return SUBSCRIPTIONS.computeIfAbsent("riverside", code -> machineOf(Demo.riversideId()));
    }

    private static String harborMachine() {
        return SUBSCRIPTIONS.computeIfAbsent("harbor", code -> machineOf(Demo.harborId()));
    }

    /** The customer's demo virtual machine subscription (24x7 support; high: 30 min response, 480 min repair). */
    private static String machineOf(String customerId) {
        String machine = objects(as("sam", "{ productOfferings(first: 100) { edges { node { id code } } } }").data()
                .getJsonObject("productOfferings").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node")).filter(o -> o.getString("code").equals("vm-standard"))
                .map(o -> o.getString("id")).findFirst().orElseThrow();
        return objects(as("sam", "query($id: ID!) { customer(id: $id) { subscriptions(first: 100) { edges { node {"
                + " id productOfferingId status orderId } } } } }", "id", customerId).data().getJsonObject("customer")
                .getJsonObject("subscriptions").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node"))
                .filter(s -> machine.equals(s.getString("productOfferingId", null))
                        && s.getString("status").equals("ACTIVE"))
                .map(s -> s.getString("id")).sorted().findFirst().orElseThrow();
    }

    /** A new virtual machine of Riverside's, bianca's order completed by selma: its own agreement to negotiate. */
    private static String freshRiversideMachine() {
        Map<String, Object> item = Map.of("action", "ADD", "productOfferingId", Demo.offeringId("vm-standard"),
                "quantity", 1, "region", "ch-zurich");
        JsonObject order = as("bianca", "mutation($input: PlaceCustomerOrderInput!) { placeCustomerOrder("
                + "input: $input) { id productOrders { id } } }", "input", Map.of("idempotencyKey",
                Demo.unique("ticket-sla"), "items", List.of(item))).data().getJsonObject("placeCustomerOrder");
        for (JsonObject productOrder : objects(order.getJsonArray("productOrders"))) {
            String id = productOrder.getString("id");
            as("selma", "mutation($id: ID!) { startProductOrder(id: $id) { id } }", "id", id).data();
            as("selma", "mutation($id: ID!) { completeProductOrder(id: $id) { id } }", "id", id).data();
        }
        return objects(as("sam", "query($id: ID!) { customer(id: $id) { subscriptions(first: 100) { edges { node {"
                + " id orderId } } } } }", "id", Demo.riversideId()).data().getJsonObject("customer")
                .getJsonObject("subscriptions").getJsonArray("edges")).stream()
                .map(edge -> edge.getJsonObject("node"))
                .filter(s -> order.getString("id").equals(s.getString("orderId", null)))
                .map(s -> s.getString("id")).findFirst().orElseThrow();
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }
}
