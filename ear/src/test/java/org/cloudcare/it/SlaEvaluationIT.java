package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.cloudcare.it.support.MeasurementBatches.availability;
import static org.cloudcare.it.support.MeasurementBatches.outage;
import static org.cloudcare.it.support.MeasurementBatches.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.cloudcare.it.fuzz.RowCounts;
import org.cloudcare.it.support.Agreements;
import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.MeasurementBatches;
import org.cloudcare.it.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SLA evaluation and planned outages over HTTP with real Keycloak tokens: the monitoring system reports a new
 * subscription down since its agreement began, selma evaluates the running month and sees availability missed -
 * provisional, no violation before the month ends; who may evaluate, read evaluations, violations and runs, and
 * schedule, cancel and see planned outages, for every persona including the monitoring account; Harbor's administrator
 * gets NOT_FOUND for Riverside's agreement; bad input is VALIDATION naming the field and stores nothing. The
 * customer's service levels: the running month's status every user of the customer sees, the daily trend and past
 * months adam and bianca see, on the demo data (Riverside's vm-standard down three hours on the 12th of the previous
 * month: below target that day and that month, a violation with its credit once selma ran the month), and the SLA
 * compliance of the customer quality view.
 */
class SlaEvaluationIT {

    private static final String OBJECTIVES = "agreementId customerId period evaluated finalResult windowStart"
            + " windowEnd objectives { objective unit contractual delivered targetMinutes basis met"
            + " violation { id } } violations { id objective creditPercent credit { amount currency } }";
    private static final String EVALUATE = "mutation($id: ID!, $period: String!) {"
            + " evaluateServiceLevelAgreement(agreementId: $id, period: $period) { " + OBJECTIVES + " } }";
    private static final String EVALUATION = "query($id: ID!, $period: String!) {"
            + " serviceLevelAgreementEvaluation(agreementId: $id, period: $period) { " + OBJECTIVES + " } }";
    private static final String VIOLATIONS = "query($customer: ID, $agreement: ID, $period: String) {"
            + " slaViolations(customerId: $customer, agreementId: $agreement, period: $period, first: 100) {"
            + " totalCount edges { node { id customerId agreementId period objective contractualValue"
            + " deliveredValue creditPercent credit { amount currency } status recordedBy } } } }";
    private static final String RUN = "mutation($period: String!) { runSlaEvaluation(period: $period) { period"
            + " state agreementsTotal agreementsDone lastAgreementId passes startedBy completedAt } }";
    private static final String PROGRESS = "query($period: String!) { slaEvaluationRun(period: $period) { period"
            + " state agreementsTotal agreementsDone passes } }";
    private static final String SCHEDULE = "mutation($input: SchedulePlannedOutageInput!) {"
            + " schedulePlannedOutage(input: $input) { id status windowStart windowEnd announcedAt scheduledBy"
            + " productOfferingIds subscriptionIds description } }";
    private static final String CANCEL = "mutation($input: CancelPlannedOutageInput!) {"
            + " cancelPlannedOutage(input: $input) { id status cancelledBy cancellationReason } }";
    private static final String OUTAGES = "query($from: String) { plannedOutages(from: $from, first: 100) {"
            + " totalCount edges { node { id status subscriptionIds productOfferingIds } } } }";

    private static final List<String> EVERYONE = List.of("alice", "adam", "bianca", "hugo", "harriet", "sam",
            "selma", "otto", "bruno");

    private static String runningMonth() {
        return YearMonth.now(ZoneOffset.UTC).toString();
    }

    private static String lastMonth() {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
    }

    private static String riversideAgreement() {
        return as("sam", "query($c: ID) { serviceLevelAgreements(customerId: $c, first: 1) { edges { node { id } } } }",
                "c", Demo.riversideId()).data().getJsonObject("serviceLevelAgreements").getJsonArray("edges")
                .getJsonObject(0).getJsonObject("node").getString("id");
    }

    private static JsonObject objective(JsonObject evaluation, String objective) {
        return evaluation.getJsonArray("objectives").stream().map(o -> o.asJsonObject())
                .filter(o -> objective.equals(o.getString("objective"))).findFirst().orElseThrow();
    }

    // --- the scenario ---

    @Test
    void aSubscriptionDownSinceItsAgreementBeganMissesAvailabilityInTheRunningMonthWithoutAViolationYet() {
        Agreements.Fresh fresh = Agreements.fresh("vm-standard");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String batch = Demo.unique("breach");
        JsonObject receipt = record(Tokens.monitoring(), batch, Json.createArrayBuilder()
                .add(Json.createObjectBuilder(availability(fresh.subscriptionId(), now.minus(1, ChronoUnit.HOURS),
                        now.plus(2, ChronoUnit.MINUTES))).add("up", false))
                .add(outage("OUTAGE_START", fresh.subscriptionId(), now.minus(2, ChronoUnit.HOURS)))
                .build()).data().getJsonObject("recordMeasurements");
        assertEquals(1, receipt.getInt("availabilitySamples"));

        JsonObject evaluation = as("selma", EVALUATE, "id", fresh.agreementId(), "period", runningMonth()).data()
                .getJsonObject("evaluateServiceLevelAgreement");

        assertTrue(evaluation.getBoolean("evaluated"));
        assertFalse(evaluation.getBoolean("finalResult"), "the running month is provisional");
        assertEquals(12, evaluation.getJsonArray("objectives").size());
        JsonObject availability = objective(evaluation, "AVAILABILITY");
        assertEquals("PERCENT", availability.getString("unit"));
        assertEquals(0, new BigDecimal("99.9").compareTo(availability.getJsonNumber("contractual")
                .bigDecimalValue()));
        assertTrue(availability.getJsonNumber("delivered").bigDecimalValue().compareTo(new BigDecimal("99.9")) < 0,
                availability.toString());
        assertFalse(availability.getBoolean("met"));
        assertTrue(availability.isNull("violation"), "no violation before the month ends");
        assertTrue(objective(evaluation, "INCIDENT_REPAIR_CRITICAL").isNull("met"), "no tickets: nothing to judge");
        assertEquals(240, objective(evaluation, "INCIDENT_REPAIR_CRITICAL").getInt("targetMinutes"));
        assertTrue(objective(evaluation, "ORDER_COMPLETION_ON_TIME").isNull("contractual"));

        JsonObject again = as("selma", EVALUATE, "id", fresh.agreementId(), "period", runningMonth()).data()
                .getJsonObject("evaluateServiceLevelAgreement");
        assertEquals(12, again.getJsonArray("objectives").size(), "re-evaluating replaces, never adds");
        JsonObject read = as("adam", EVALUATION, "id", fresh.agreementId(), "period", runningMonth()).data()
                .getJsonObject("serviceLevelAgreementEvaluation");
        assertEquals(again.getJsonArray("objectives"), read.getJsonArray("objectives"));
        assertEquals(0, as("bianca", VIOLATIONS, "agreement", fresh.agreementId()).data()
                .getJsonObject("slaViolations").getInt("totalCount"));
    }

    @Test
    void aMonthNeverEvaluatedForAnAgreementAnswersNoResults() {
        JsonObject evaluation = as("bruno", EVALUATION, "id", riversideAgreement(), "period", "2001-01").data()
                .getJsonObject("serviceLevelAgreementEvaluation");

        assertFalse(evaluation.getBoolean("evaluated"));
        assertEquals(0, evaluation.getJsonArray("objectives").size());
        assertTrue(evaluation.isNull("finalResult"));
    }

    @Test
    void theServiceManagerRunsAClosedMonthAndStaffFollowItsProgress() {
        JsonObject run = as("selma", RUN, "period", lastMonth()).data().getJsonObject("runSlaEvaluation");

        assertEquals("COMPLETED", run.getString("state"));
        assertEquals(run.getInt("agreementsTotal"), run.getInt("agreementsDone"));
        assertEquals("selma", run.getString("startedBy"));
        for (String staff : List.of("sam", "selma", "otto", "bruno")) {
            JsonObject progress = as(staff, PROGRESS, "period", lastMonth()).data().getJsonObject("slaEvaluationRun");
            assertEquals("COMPLETED", progress.getString("state"), staff);
            assertEquals(run.getInt("passes"), progress.getInt("passes"));
        }
        JsonObject next = as("selma", RUN, "period", lastMonth()).data().getJsonObject("runSlaEvaluation");
        assertEquals(run.getInt("passes") + 1, next.getInt("passes"), "a completed month runs again on request");
        assertTrue(as("sam", PROGRESS, "period", "2001-02").data().isNull("slaEvaluationRun"));
    }

    // --- who may ---

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "harriet", "sam", "otto", "bruno"})
    void onlyTheServiceManagerEvaluatesAndRuns(String user) {
        String agreement = riversideAgreement();
        RowCounts before = RowCounts.now();

        assertEquals("FORBIDDEN", as(user, EVALUATE, "id", agreement, "period", runningMonth()).errorCode());
        assertEquals("FORBIDDEN", as(user, RUN, "period", lastMonth()).errorCode());
        assertEquals(before.auditLines(), RowCounts.now().auditLines());
    }

    @Test
    void theMonitoringAccountMayDoNoneOfIt() {
        String token = Tokens.monitoring();
        String agreement = riversideAgreement();
        for (String[] call : List.of(new String[] {EVALUATE, "id"}, new String[] {EVALUATION, "id"})) {
            assertEquals("FORBIDDEN", GraphQL.withToken(token, call[0], call[1], agreement, "period", lastMonth())
                    .errorCode());
        }
        assertEquals("FORBIDDEN", GraphQL.withToken(token, VIOLATIONS).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, RUN, "period", lastMonth()).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, PROGRESS, "period", lastMonth()).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, OUTAGES).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, SCHEDULE, "input", outageFor(List.of(),
                List.of(Demo.offeringId("vm-standard")), 1)).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, CANCEL, "input", Map.of("id", "x", "reason", "r"))
                .errorCode());
    }

    @Test
    void evaluationsAndViolationsAreReadByTheCustomersManagersAndStaffNotByItsPlainUsers() {
        String agreement = riversideAgreement();
        for (String user : List.of("adam", "bianca", "sam", "selma", "otto", "bruno")) {
            assertEquals(agreement, as(user, EVALUATION, "id", agreement, "period", lastMonth()).data()
                    .getJsonObject("serviceLevelAgreementEvaluation").getString("agreementId"), user);
            JsonObject violations = as(user, VIOLATIONS, "customer", Demo.riversideId()).data()
                    .getJsonObject("slaViolations");
            assertTrue(violations.getJsonArray("edges").stream().allMatch(edge -> Demo.riversideId().equals(
                    edge.asJsonObject().getJsonObject("node").getString("customerId"))), user);
        }
        for (String user : List.of("alice", "harriet")) {
            assertEquals("FORBIDDEN", as(user, EVALUATION, "id", agreement, "period", lastMonth()).errorCode());
            assertEquals("FORBIDDEN", as(user, VIOLATIONS).errorCode());
            assertEquals("FORBIDDEN", as(user, PROGRESS, "period", lastMonth()).errorCode());
        }
        for (String user : List.of("adam", "bianca", "hugo")) {
            assertEquals("FORBIDDEN", as(user, PROGRESS, "period", lastMonth()).errorCode(), user);
        }
    }

    @Test
    void harborsAdministratorGetsNotFoundForRiversidesAgreementAndSeesOnlyHarborsViolations() {
        String agreement = riversideAgreement();

        assertEquals("NOT_FOUND", as("hugo", EVALUATION, "id", agreement, "period", lastMonth()).errorCode());
        assertEquals("NOT_FOUND", as("hugo", VIOLATIONS, "agreement", agreement).errorCode());
        assertEquals("NOT_FOUND", as("hugo", VIOLATIONS, "customer", Demo.riversideId()).errorCode());
        JsonObject own = as("hugo", VIOLATIONS).data().getJsonObject("slaViolations");
        assertTrue(own.getJsonArray("edges").stream().allMatch(edge -> Demo.harborId().equals(
                edge.asJsonObject().getJsonObject("node").getString("customerId"))));
    }

    // --- bad input ---

    @Test
    void aPeriodThatIsNoMonthOrHasNotBegunOrEndedIsRefusedNamingItAndStoresNothing() {
        String agreement = riversideAgreement();
        RowCounts before = RowCounts.now();
        String nextMonth = YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString();

        for (String period : List.of("2026-13", "November", " ", nextMonth, "1999-12")) {
            GraphQL.Answer answer = as("selma", EVALUATE, "id", agreement, "period", period);
            assertEquals("VALIDATION", answer.errorCode(), period + ": " + answer.body());
            assertEquals("period", answer.errorField());
        }
        assertEquals("period", as("selma", EVALUATE, "id", agreement, "period", "2001-01").errorField(),
                "not in force then");
        assertEquals("period", as("selma", RUN, "period", runningMonth()).errorField(), "not ended");
        assertEquals("period", as("sam", VIOLATIONS, "period", "2026-1").errorField());
        assertEquals("NOT_FOUND", as("selma", EVALUATE, "id", "no-such-agreement", "period", lastMonth())
                .errorCode());
        assertEquals(before, RowCounts.now(), "a refused request stores nothing");
        assertFalse(as("sam", EVALUATION, "id", agreement, "period", "2001-01").data()
                .getJsonObject("serviceLevelAgreementEvaluation").getBoolean("evaluated"));
    }

    // --- planned outages ---

    private static Map<String, Object> outageFor(List<String> subscriptions, List<String> offerings,
            int startsInHours) {
        Instant start = Instant.now().plus(startsInHours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> input = new HashMap<>();
        input.put("subscriptionIds", subscriptions);
        input.put("productOfferingIds", offerings);
        input.put("windowStart", start.toString());
        input.put("windowEnd", start.plus(2, ChronoUnit.HOURS).toString());
        input.put("description", "Hypervisor patch " + Demo.unique("p"));
        return input;
    }

    private static List<JsonObject> outagesSeenBy(String user) {
        return as(user, OUTAGES, "from", Instant.now().minus(1, ChronoUnit.DAYS).toString()).data()
                .getJsonObject("plannedOutages").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node")).toList();
    }

    private static JsonObject seen(String user, String id) {
        return outagesSeenBy(user).stream().filter(o -> id.equals(o.getString("id"))).findFirst().orElse(null);
    }

    @Test
    void ottoSchedulesAnOutageAndEachCustomerSeesOnlyItsOwnSubscriptionsInIt() {
        String riverside = Agreements.fresh("vm-standard").subscriptionId();
        String riversideToo = Agreements.fresh("vm-standard").subscriptionId();
        List<String> all = MeasurementBatches.subscriptions(); // Riverside's first, then Harbor's
        String harborSubscription = all.get(all.size() - 1);

        JsonObject outage = as("otto", SCHEDULE, "input", outageFor(List.of(riverside, riversideToo,
                harborSubscription), List.of(), 200)).data().getJsonObject("schedulePlannedOutage");

        assertEquals("SCHEDULED", outage.getString("status"));
        assertEquals("otto", outage.getString("scheduledBy"));
        String id = outage.getString("id");
        for (String staff : List.of("sam", "selma", "otto", "bruno")) {
            assertEquals(3, seen(staff, id).getJsonArray("subscriptionIds").size(), staff);
        }
        for (String user : List.of("alice", "adam", "bianca")) {
            assertEquals(List.of(riverside, riversideToo).stream().sorted().toList(), seen(user, id)
                    .getJsonArray("subscriptionIds").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).sorted().toList(), user);
        }
        for (String user : List.of("hugo", "harriet")) {
            assertEquals(List.of(harborSubscription), seen(user, id).getJsonArray("subscriptionIds")
                    .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .toList(), user);
        }
        assertTrue(RowCounts.newestAuditLines(5).contains("PLANNED_OUTAGE_SCHEDULED PlannedOutage " + id
                + " by otto"));
    }

    @Test
    void anOutageOfRiversidesSubscriptionIsInvisibleToHarbor() {
        String riverside = Agreements.fresh("vm-standard").subscriptionId();
        String id = as("otto", SCHEDULE, "input", outageFor(List.of(riverside), List.of(), 300)).data()
                .getJsonObject("schedulePlannedOutage").getString("id");

        assertTrue(seen("alice", id) != null);
        assertNull(seen("hugo", id));
        assertNull(seen("harriet", id));
    }

    @Test
    void ottoCancelsAScheduledOutageOnceAndNobodyElseMay() {
        String id = as("otto", SCHEDULE, "input", outageFor(List.of(), List.of(Demo.offeringId("vm-standard")),
                400)).data().getJsonObject("schedulePlannedOutage").getString("id");
        for (String user : EVERYONE) {
            if (!"otto".equals(user)) {
                assertEquals("FORBIDDEN", as(user, CANCEL, "input", Map.of("id", id, "reason", "no")).errorCode(),
                        user);
                assertEquals("FORBIDDEN", as(user, SCHEDULE, "input", outageFor(List.of(),
                        List.of(Demo.offeringId("vm-standard")), 400)).errorCode(), user);
            }
        }

        JsonObject cancelled = as("otto", CANCEL, "input", Map.of("id", id, "reason", "Vendor postponed")).data()
                .getJsonObject("cancelPlannedOutage");

        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("Vendor postponed", cancelled.getString("cancellationReason"));
        assertEquals("CONFLICT", as("otto", CANCEL, "input", Map.of("id", id, "reason", "again")).errorCode());
        assertEquals("NOT_FOUND", as("otto", CANCEL, "input", Map.of("id", "no-such-outage", "reason", "x"))
                .errorCode());
        assertEquals("CANCELLED", seen("sam", id).getString("status"));
    }

    @Test
    void aBadOutageIsRefusedNamingEveryFieldAndStoresNothing() {
        RowCounts before = RowCounts.now();
        int outages = outagesSeenBy("sam").size();
        Map<String, Object> past = outageFor(List.of(), List.of(Demo.offeringId("vm-standard")), -3);
        Map<String, Object> backwards = outageFor(List.of("00000000-0000-0000-0000-000000000000"), List.of(), 5);
        backwards.put("windowEnd", backwards.get("windowStart"));
        backwards.put("description", " ");

        GraphQL.Answer inThePast = as("otto", SCHEDULE, "input", past);
        GraphQL.Answer refused = as("otto", SCHEDULE, "input", backwards);
        GraphQL.Answer nothing = as("otto", SCHEDULE, "input", outageFor(List.of(), List.of(), 5));

        assertEquals("windowStart", inThePast.errorField(), inThePast.body());
        assertEquals("VALIDATION", refused.errorCode());
        List<String> fields = refused.onlyError().getJsonObject("extensions").getJsonArray("reasons").stream()
                .map(reason -> reason.asJsonObject().getString("field")).sorted().toList();
        assertEquals(List.of("description", "subscriptionIds", "windowEnd"), fields, refused.body());
        assertEquals("subscriptionIds", nothing.errorField(), nothing.body());
        GraphQL.Answer unreadable = as("otto", SCHEDULE, "input", Map.of("windowStart", "tomorrow",
                "windowEnd", "2030-01-01T00:00:00Z", "description", "x", "productOfferingIds",
                List.of(Demo.offeringId("vm-standard")), "subscriptionIds", List.of()));
        assertEquals("VALIDATION", unreadable.errorCode(), unreadable.body());
        assertTrue(unreadable.body().contains("windowStart"), unreadable.body());
        assertEquals(before, RowCounts.now());
        assertEquals(outages, outagesSeenBy("sam").size());
    }

    // --- the customer's service levels (status, trend, past periods) and SLA compliance ---

    private static final String STATUS = "query($c: ID!) { serviceLevelStatus(customerId: $c) { agreementId"
            + " agreementName subscriptionId productOfferingId period windowStart windowEnd overall"
            + " objectives { objective unit contractual delivered targetMinutes status } } }";
    private static final String TREND = "query($id: ID!, $period: String) { serviceLevelTrend(agreementId: $id,"
            + " period: $period) { agreementId period targetPercent days { day availability downSeconds"
            + " countedSeconds belowTarget } } }";
    private static final String HISTORY = "query($id: ID!, $months: Int) { serviceLevelHistory(agreementId: $id,"
            + " months: $months) { " + OBJECTIVES + " } }";
    private static final String COMPLIANCE = "query($c: ID!, $from: DateTime!, $to: DateTime!) {"
            + " customerQuality(customerId: $c, from: $from, to: $to) { slaCompliance { firstMonth lastMonth"
            + " objectivesJudged objectivesMet percentMet } } }";

    private static String riversideVmStandardAgreement() {
        return as("sam", STATUS, "c", Demo.riversideId()).data().getJsonArray("serviceLevelStatus").stream()
                .map(s -> s.asJsonObject()).filter(s -> Demo.offeringId("vm-standard").equals(
                        s.getString("productOfferingId"))).findFirst().orElseThrow().getString("agreementId");
    }

    @Test
    void adamSeesRiversidesVmStandardBelowTargetLastMonthWithItsViolationCreditAndDailyTrend() {
        as("selma", RUN, "period", lastMonth()).data();
        String agreement = riversideVmStandardAgreement();

        JsonObject trend = as("adam", TREND, "id", agreement, "period", lastMonth()).data()
                .getJsonObject("serviceLevelTrend");
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        assertEquals(last.lengthOfMonth(), trend.getJsonArray("days").size(), "one point per day of the month");
        assertEquals(0, new BigDecimal("99.9").compareTo(trend.getJsonNumber("targetPercent").bigDecimalValue()));
        JsonObject twelfth = trend.getJsonArray("days").getJsonObject(11);
        assertEquals(last.atDay(12).toString(), twelfth.getString("day"));
        assertTrue(twelfth.getBoolean("belowTarget"), twelfth.toString());
        assertEquals(3 * 3600, twelfth.getInt("downSeconds"), "three hours down on the 12th");
        assertEquals(0, new BigDecimal("87.5").compareTo(twelfth.getJsonNumber("availability").bigDecimalValue()));
        assertFalse(trend.getJsonArray("days").getJsonObject(12).getBoolean("belowTarget"), "the 13th is fine");

        JsonObject running = as("adam", TREND, "id", agreement).data().getJsonObject("serviceLevelTrend");
        assertEquals(runningMonth(), running.getString("period"));
        assertEquals(java.time.LocalDate.now(ZoneOffset.UTC).getDayOfMonth(), running.getJsonArray("days").size(),
                "one point per day so far");

        for (String user : List.of("adam", "bianca")) {
            JsonObject closed = as(user, HISTORY, "id", agreement).data().getJsonArray("serviceLevelHistory")
                    .getJsonObject(0);
            assertEquals(lastMonth(), closed.getString("period"), user);
            assertTrue(closed.getBoolean("finalResult"));
            JsonObject availability = objective(closed, "AVAILABILITY");
            assertFalse(availability.getBoolean("met"));
            assertTrue(availability.getJsonNumber("delivered").bigDecimalValue().compareTo(new BigDecimal("99.9"))
                    < 0, availability.toString());
            JsonObject violation = closed.getJsonArray("violations").stream().map(v -> v.asJsonObject())
                    .filter(v -> "AVAILABILITY".equals(v.getString("objective"))).findFirst().orElseThrow();
            assertTrue(violation.getJsonNumber("creditPercent").bigDecimalValue().signum() > 0, violation.toString());
            assertTrue(violation.getJsonObject("credit").getJsonNumber("amount").bigDecimalValue().signum() > 0);
            assertEquals(violation.getString("id"), availability.getJsonObject("violation").getString("id"));
        }

        JsonObject compliance = as("bianca", COMPLIANCE, "c", Demo.riversideId(), "from",
                last.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString(), "to",
                last.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString()).data()
                .getJsonObject("customerQuality").getJsonObject("slaCompliance");
        assertEquals(lastMonth(), compliance.getString("firstMonth"));
        assertEquals(lastMonth(), compliance.getString("lastMonth"));
        assertTrue(compliance.getInt("objectivesJudged") > compliance.getInt("objectivesMet"), compliance.toString());
        assertTrue(compliance.getJsonNumber("percentMet").bigDecimalValue().compareTo(new BigDecimal("100")) < 0);
    }

    @Test
    void everyUserOfRiversideSeesTheRunningMonthsStatusOfEachAgreementPerObjective() {
        for (String user : List.of("alice", "adam", "bianca", "sam", "selma", "otto", "bruno")) {
            List<JsonObject> statuses = as(user, STATUS, "c", Demo.riversideId()).data()
                    .getJsonArray("serviceLevelStatus").getValuesAs(JsonObject.class);
            assertTrue(statuses.size() >= 2, user + ": " + statuses);
            for (JsonObject status : statuses) {
                assertEquals(runningMonth(), status.getString("period"));
                assertEquals(12, status.getJsonArray("objectives").size());
                JsonObject availability = objective(status, "AVAILABILITY");
                assertTrue(List.of("MET", "AT_RISK", "MISSED").contains(availability.getString("status")),
                        availability.toString());
                assertEquals("NOT_JUDGED", objective(status, "ORDER_COMPLETION_ON_TIME").getString("status"));
            }
        }
    }

    @Test
    void alicesStatusIsAllSheSeesTheTrendAndPastPeriodsAreForTheManagersAndStaff() {
        String agreement = riversideVmStandardAgreement();
        for (String user : List.of("adam", "bianca", "sam", "selma", "otto", "bruno")) {
            assertEquals(agreement, as(user, TREND, "id", agreement).data().getJsonObject("serviceLevelTrend")
                    .getString("agreementId"), user);
            assertTrue(as(user, HISTORY, "id", agreement).errors().isEmpty(), user);
        }
        for (String user : List.of("alice", "harriet")) {
            assertEquals("FORBIDDEN", as(user, TREND, "id", agreement).errorCode(), user);
            assertEquals("FORBIDDEN", as(user, HISTORY, "id", agreement).errorCode(), user);
        }
    }

    @Test
    void harborsUsersGetNotFoundForRiversidesServiceLevelsAndTheMonitoringAccountIsRefused() {
        String agreement = riversideVmStandardAgreement();
        for (String user : List.of("hugo", "harriet")) {
            assertEquals("NOT_FOUND", as(user, STATUS, "c", Demo.riversideId()).errorCode(), user);
        }
        assertEquals("NOT_FOUND", as("hugo", TREND, "id", agreement).errorCode());
        assertEquals("NOT_FOUND", as("hugo", HISTORY, "id", agreement).errorCode());
        assertFalse(as("hugo", STATUS, "c", Demo.harborId()).data().getJsonArray("serviceLevelStatus").isEmpty());
        String token = Tokens.monitoring();
        assertEquals("FORBIDDEN", GraphQL.withToken(token, STATUS, "c", Demo.riversideId()).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, TREND, "id", agreement).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, HISTORY, "id", agreement).errorCode());
    }

    @Test
    void aTrendOfAMonthNotBegunAndAHistoryOfNoMonthsAreRefusedNamingTheField() {
        String agreement = riversideVmStandardAgreement();
        for (String period : List.of("2026-13", YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString())) {
            GraphQL.Answer answer = as("adam", TREND, "id", agreement, "period", period);
            assertEquals("VALIDATION", answer.errorCode(), period);
            assertEquals("period", answer.errorField());
        }
        for (int months : new int[] {0, 37}) {
            GraphQL.Answer answer = as("adam", HISTORY, "id", agreement, "months", months);
            assertEquals("VALIDATION", answer.errorCode(), String.valueOf(months));
            assertEquals("months", answer.errorField());
        }
    }
}
