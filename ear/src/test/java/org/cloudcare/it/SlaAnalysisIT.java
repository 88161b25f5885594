package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.cloudcare.it.support.MeasurementBatches.availability;
import static org.cloudcare.it.support.MeasurementBatches.outage;
import static org.cloudcare.it.support.MeasurementBatches.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.cloudcare.it.fuzz.RowCounts;
import org.cloudcare.it.support.Agreements;
import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The provider's SLA view and quality analysis over HTTP with real Keycloak tokens: on the demo data selma runs the
 * previous month's evaluation, the IaaS aggregate shows Riverside's virtual machine breach with its credit, a trend
 * analysis of IaaS is logged with the offering; a subscription down in the running month shows among the agreements
 * at risk; provider staff read, only the service manager analyses, customers' users and the monitoring account are
 * FORBIDDEN; bad input is VALIDATION naming every field and logs nothing.
 */
class SlaAnalysisIT {

    private static final String AT_RISK = "query { agreementsAtRisk(first: 100) { totalCount edges { node {"
            + " agreementId customerId productOfferingId period contractual warning delivered allowedDowntimeSeconds"
            + " usedDowntimeSeconds reasons } } } }";
    private static final String ANALYSIS = "id kind category region objective periodFrom periodTo runBy runAt"
            + " deteriorationFlagged findings productOfferingIds";
    private static final String TREND = "mutation($category: ProductOfferingCategory!, $region: String,"
            + " $months: Int) { analyseSlaTrend(category: $category, region: $region, months: $months) {"
            + " analysis { " + ANALYSIS + " } months { period average worst agreements } warning flags deteriorates"
            + " } }";
    private static final String AGGREGATE = "mutation($category: ProductOfferingCategory, $region: String,"
            + " $period: String!) { analyseSlaAggregate(category: $category, region: $region, period: $period) {"
            + " analysis { " + ANALYSIS + " } agreements judged met metShare averageDelivered minDelivered violations"
            + " credits { amount currency } } }";
    private static final String ANALYSES = "query($offering: ID) { qualityAnalyses(productOfferingId: $offering,"
            + " first: 100) { totalCount edges { node { " + ANALYSIS + " } } } }";
    private static final String RUN = "mutation($period: String!) { runSlaEvaluation(period: $period) { state } }";
    private static final String PROGRESS = "query($period: String!) { slaEvaluationRun(period: $period) { state } }";
    private static final String EVALUATE = "mutation($id: ID!, $period: String!) {"
            + " evaluateServiceLevelAgreement(agreementId: $id, period: $period) { agreementId } }";

    private static String lastMonth() {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
    }

    private static void evaluateLastMonth() throws InterruptedException {
        JsonObject run = as("selma", RUN, "period", lastMonth()).data().getJsonObject("runSlaEvaluation");
        for (int i = 0; i < 60 && !"COMPLETED".equals(run.getString("state")); i++) {
            Thread.sleep(1000);
            run = as("selma", PROGRESS, "period", lastMonth()).data().getJsonObject("slaEvaluationRun");
        }
        assertEquals("COMPLETED", run.getString("state"));
    }

    private static long analysesLogged() {
        return as("sam", ANALYSES).data().getJsonObject("qualityAnalyses").getJsonNumber("totalCount").longValue();
    }

    // --- the scenario on the demo data ---

    @Test
    void theIaasAggregateOfTheEvaluatedPreviousMonthShowsTheVirtualMachineBreachAndItsCredit() throws Exception {
        evaluateLastMonth();

        JsonObject aggregate = as("selma", AGGREGATE, "category", "IAAS", "period", lastMonth()).data()
                .getJsonObject("analyseSlaAggregate");

        assertTrue(aggregate.getJsonNumber("agreements").longValue() >= 1, aggregate.toString());
        assertTrue(aggregate.getJsonNumber("violations").longValue() >= 1, aggregate.toString());
        assertTrue(aggregate.getJsonNumber("met").longValue() < aggregate.getJsonNumber("judged").longValue());
        assertTrue(aggregate.getJsonNumber("minDelivered").bigDecimalValue().compareTo(new BigDecimal("99.9")) < 0);
        JsonObject credit = aggregate.getJsonArray("credits").getJsonObject(0);
        assertEquals("EUR", credit.getString("currency"));
        assertTrue(credit.getJsonNumber("amount").bigDecimalValue().signum() > 0, credit.toString());
        JsonObject analysis = aggregate.getJsonObject("analysis");
        assertEquals("AGGREGATE", analysis.getString("kind"));
        assertEquals("selma", analysis.getString("runBy"));
        assertTrue(analysis.getJsonArray("productOfferingIds").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(id -> id.getString().equals(Demo.offeringId("vm-standard"))), analysis.toString());

        JsonObject elsewhere = as("selma", AGGREGATE, "category", "IAAS", "region", "nowhere-1", "period",
                lastMonth()).data().getJsonObject("analyseSlaAggregate");
        assertEquals(0, elsewhere.getInt("agreements"), "a region no agreement keeps its data in has none");
        assertEquals(0, elsewhere.getJsonArray("credits").size());
    }

    @Test
    void aTrendAnalysisOfIaasIsLoggedWithTheOfferingAndReadByEveryStaffMember() throws Exception {
        evaluateLastMonth();
        String vm = Demo.offeringId("vm-standard");

        JsonObject trend = as("selma", TREND, "category", "IAAS", "months", 6).data()
                .getJsonObject("analyseSlaTrend");

        assertTrue(trend.getJsonArray("months").stream().anyMatch(m -> lastMonth().equals(
                m.asJsonObject().getString("period"))), trend.toString());
        assertFalse(trend.getBoolean("deteriorates"), "one closed month shows no trend yet");
        String id = trend.getJsonObject("analysis").getString("id");
        assertEquals("TREND", trend.getJsonObject("analysis").getString("kind"));
        for (String staff : List.of("sam", "selma", "otto", "bruno")) {
            JsonObject logged = as(staff, ANALYSES, "offering", vm).data().getJsonObject("qualityAnalyses");
            assertTrue(logged.getJsonArray("edges").stream().anyMatch(edge -> id.equals(
                    edge.asJsonObject().getJsonObject("node").getString("id"))), staff);
        }
        JsonObject other = as("sam", ANALYSES, "offering", Demo.unique("no-offering")).data()
                .getJsonObject("qualityAnalyses");
        assertEquals(0, other.getInt("totalCount"), "the log of an offering holds only analyses concerning it");
    }

    private static void awaitSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aSubscriptionDownInTheRunningMonthIsAtRiskBelowItsTarget() {
        Agreements.Fresh fresh = Agreements.fresh("vm-standard");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        record(Tokens.monitoring(), Demo.unique("at-risk"), Json.createArrayBuilder()
                .add(Json.createObjectBuilder(availability(fresh.subscriptionId(), now.minus(1, ChronoUnit.HOURS),
                        now.plus(2, ChronoUnit.MINUTES))).add("up", false))
                .add(outage("OUTAGE_START", fresh.subscriptionId(), now.minus(2, ChronoUnit.HOURS)))
                .build());
        // the agreement started a moment ago and only its own time counts: let a few whole seconds of the outage
        // fall inside it, or the downtime used rounds to nothing
        awaitSeconds(3);
        as("selma", EVALUATE, "id", fresh.agreementId(), "period", YearMonth.now(ZoneOffset.UTC).toString()).data();

        for (String staff : List.of("sam", "selma", "otto", "bruno")) {
            JsonObject atRisk = as(staff, AT_RISK).data().getJsonObject("agreementsAtRisk");
            JsonObject mine = atRisk.getJsonArray("edges").stream().map(e -> e.asJsonObject().getJsonObject("node"))
                    .filter(node -> fresh.agreementId().equals(node.getString("agreementId"))).findFirst()
                    .orElseThrow(() -> new AssertionError(staff + " " + atRisk));
            assertTrue(mine.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(r -> "BELOW_TARGET".equals(r.getString())), mine.toString());
            assertTrue(mine.getJsonNumber("usedDowntimeSeconds").longValue() > 0);
            assertTrue(atRisk.getJsonArray("edges").stream().allMatch(e -> !e.asJsonObject().getJsonObject("node")
                    .getJsonArray("reasons").isEmpty()), "only agreements with a reason are at risk");
        }
    }

    // --- who may ---

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "harriet"})
    void customersUsersMayDoNoneOfItWhateverIdTheySend(String user) {
        long before = RowCounts.now().auditLines();

        assertEquals("FORBIDDEN", as(user, AT_RISK).errorCode());
        assertEquals("FORBIDDEN", as(user, ANALYSES, "offering", Demo.offeringId("vm-standard")).errorCode());
        assertEquals("FORBIDDEN", as(user, TREND, "category", "IAAS").errorCode());
        assertEquals("FORBIDDEN", as(user, AGGREGATE, "category", "IAAS", "period", lastMonth()).errorCode());
        assertEquals(before, RowCounts.now().auditLines());
    }

    @Test
    void theMonitoringAccountMayDoNoneOfIt() {
        String token = Tokens.monitoring();

        assertEquals("FORBIDDEN", GraphQL.withToken(token, AT_RISK).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, ANALYSES).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, TREND, "category", "IAAS").errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, AGGREGATE, "period", lastMonth()).errorCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam", "otto", "bruno"})
    void otherStaffReadButOnlyTheServiceManagerAnalyses(String staff) {
        long logged = analysesLogged();

        assertEquals("FORBIDDEN", as(staff, TREND, "category", "SAAS").errorCode());
        assertEquals("FORBIDDEN", as(staff, AGGREGATE, "period", lastMonth()).errorCode());
        assertTrue(as(staff, AT_RISK).errors().isEmpty());
        assertEquals(logged, analysesLogged());
    }

    // --- bad input ---

    @Test
    void badAnalysisInputIsRefusedNamingEveryFieldAndLogsNothing() {
        long logged = analysesLogged();

        GraphQL.Answer trend = as("selma", TREND, "category", "PAAS", "region", "r".repeat(41), "months", 1);
        assertEquals("VALIDATION", trend.errorCode());
        List<String> fields = trend.onlyError().getJsonObject("extensions").getJsonArray("reasons").stream()
                .map(reason -> reason.asJsonObject().getString("field")).sorted().toList();
        assertEquals(List.of("months", "region"), fields, trend.body());
        GraphQL.Answer aggregate = as("selma", AGGREGATE, "period", "last month");
        assertEquals("VALIDATION", aggregate.errorCode());
        assertEquals("period", aggregate.errorField());
        assertEquals(logged, analysesLogged());
    }
}
