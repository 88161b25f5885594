package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.fuzz.RowCounts;
import org.cloudcare.it.support.Agreements;
import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cloud service agreements over HTTP with real Keycloak tokens: a completed add makes the subscription's agreement
 * from the offering's SLA template; Riverside's administrator and business manager read theirs, Harbor's
 * administrator gets NOT_FOUND, a customer's plain user and the monitoring account are refused, provider staff read
 * all; bruno records a negotiated override that everyone allowed sees with who and when; bad override input is
 * VALIDATION naming the field and stores nothing.
 */
class ServiceLevelAgreementsIT {

    private static final String TERMS = "terms { availabilityPercent availabilityPeriod targetResponseTimeMinutes"
            + " incidentTargets { priority responseMinutes repairMinutes } plannedDowntimeMinutesPerMonth"
            + " disruptionNoticeHours backupFrequencyHours recoveryPointObjectiveMinutes recoveryTimeObjectiveMinutes"
            + " dataLocation serviceCreditTiers { availabilityBelowPercent creditPercent } excessUsageBilled"
            + " paymentTermDays termMonths autoRenew expiryNoticeDays }";
    private static final String FIELDS = "id name customerId subscriptionId productOfferingId templateId status"
            + " startDate expiryDate expiryNoticeDate expiryNoticeSentAt renewalDate endedAt version " + TERMS
            + " overrides { id objective oldValue newValue reason negotiatedBy negotiatedAt }";
    private static final String AGREEMENT = "query($id: ID!) { serviceLevelAgreement(id: $id) { " + FIELDS + " } }";
    private static final String AGREEMENTS = "query($customer: ID) { serviceLevelAgreements(customerId: $customer,"
            + " first: 100) { totalCount edges { cursor node { id customerId subscriptionId status } }"
            + " pageInfo { hasNextPage endCursor } } }";
    private static final String NEGOTIATE = "mutation($input: NegotiateServiceLevelAgreementOverrideInput!) {"
            + " negotiateServiceLevelAgreementOverride(input: $input) { " + FIELDS + " } }";
    private static final String SUBSCRIPTIONS = "query($id: ID!) { customer(id: $id) { subscriptions(first: 100) {"
            + " edges { node { id status productOfferingId orderId agreementId region"
            + " serviceLevelAgreement { id subscriptionId status } } } } } }";
    private static final String TEMPLATE = "query($id: ID!) { productOffering(id: $id) { slaTemplate { id"
            + " availabilityPercent availabilityPeriod targetResponseTimeMinutes"
            + " incidentTargets { priority responseMinutes repairMinutes } plannedDowntimeMinutesPerMonth"
            + " disruptionNoticeHours backupFrequencyHours recoveryPointObjectiveMinutes recoveryTimeObjectiveMinutes"
            + " dataLocation serviceCreditTiers { availabilityBelowPercent creditPercent } excessUsageBilled"
            + " paymentTermDays termMonths autoRenew expiryNoticeDays } } }";

    // --- publication ---

    @Test
    void aCompletedAddGivesTheNewSubscriptionAnAgreementWithTheTemplatesObjectives() {
        String orderId = Agreements.completedOrder("postgresql-managed");

        JsonObject subscription = subscriptionsOf("adam", Demo.riversideId()).stream()
                .filter(s -> orderId.equals(s.getString("orderId", null))).findFirst().orElseThrow();
        String agreementId = subscription.getString("agreementId");
        assertEquals(agreementId, subscription.getJsonObject("serviceLevelAgreement").getString("id"));
        JsonObject agreement = read("bianca", agreementId);
        assertEquals("ACTIVE", agreement.getString("status"));
        assertEquals(Demo.riversideId(), agreement.getString("customerId"));
        assertEquals(subscription.getString("id"), agreement.getString("subscriptionId"));
        assertEquals(idOf("postgresql-managed"), agreement.getString("productOfferingId"));
        JsonObject template = as("bruno", TEMPLATE, "id", idOf("postgresql-managed")).data()
                .getJsonObject("productOffering").getJsonObject("slaTemplate");
        assertEquals(template.getString("id"), agreement.getString("templateId"));
        JsonObject terms = agreement.getJsonObject("terms");
        for (String objective : terms.keySet()) {
            assertEquals(number(template.get(objective)), number(terms.get(objective)), objective);
        }
        assertEquals(List.of(), agreement.getJsonArray("overrides"));
        OffsetDateTime start = OffsetDateTime.parse(agreement.getString("startDate"));
        OffsetDateTime expiry = OffsetDateTime.parse(agreement.getString("expiryDate"));
        assertEquals(start.plusMonths(terms.getInt("termMonths")).toInstant(), expiry.toInstant());
        assertEquals(expiry.minusDays(terms.getInt("expiryNoticeDays")).toInstant(),
                OffsetDateTime.parse(agreement.getString("expiryNoticeDate")).toInstant());
        assertTrue(agreement.isNull("expiryNoticeSentAt"), "the notice of a new term is far off");
        assertEquals(terms.getBoolean("autoRenew") ? expiry.toInstant() : null,
                agreement.isNull("renewalDate") ? null
                        : OffsetDateTime.parse(agreement.getString("renewalDate")).toInstant());
        assertTrue(Duration.between(start.toInstant(), java.time.Instant.now()).abs().toMinutes() < 10,
                "the agreement starts when the subscription does");
        assertTrue(RowCounts.newestAuditLines(20).contains("AGREEMENT_STARTED ServiceLevelAgreement " + agreementId
                + " by selma"), () -> RowCounts.newestAuditLines(20).toString());
    }

    @Test
    void theDemoSubscriptionsHaveAgreements() {
        assertTrue(agreementsOf("sam", Demo.riversideId()).size() >= 2);
        assertTrue(agreementsOf("sam", Demo.harborId()).size() >= 1);
        for (String customer : List.of(Demo.riversideId(), Demo.harborId())) {
            List<JsonObject> active = subscriptionsOf("sam", customer).stream()
                    .filter(s -> s.getString("status").equals("ACTIVE")).toList();
            assertFalse(active.isEmpty());
            assertTrue(active.stream().allMatch(s -> s.get("serviceLevelAgreement") instanceof JsonObject a
                    && a.getString("subscriptionId").equals(s.getString("id"))), active::toString);
        }
    }

    // --- who reads ---

    @ParameterizedTest
    @ValueSource(strings = {"adam", "bianca", "sam", "selma", "otto", "bruno"})
    void riversidesAgreementsAreReadByItsManagersAndByProviderStaff(String user) {
        String id = riversideAgreement();
        JsonObject agreement = read(user, id);
        assertEquals(Demo.riversideId(), agreement.getString("customerId"));
        assertFalse(agreement.getJsonObject("terms").getJsonArray("incidentTargets").isEmpty());
        List<JsonObject> list = agreementsOf(user, Demo.riversideId());
        assertTrue(list.stream().anyMatch(a -> a.getString("id").equals(id)));
        assertTrue(list.stream().allMatch(a -> a.getString("customerId").equals(Demo.riversideId())));
    }

    @Test
    void aCustomerSeesOnlyItsOwnAgreements() {
        Set<String> customers = agreementsOf("bianca", null).stream().map(a -> a.getString("customerId"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(Demo.riversideId()), customers);
        String riversides = riversideAgreement();
        GraphQL.Answer hugo = as("hugo", AGREEMENT, "id", riversides);
        assertEquals("NOT_FOUND", hugo.errorCode(), hugo.body());
        assertEquals("NOT_FOUND", as("hugo", AGREEMENT, "id", "no-such-agreement").errorCode());
        assertEquals(List.of(), agreementsOf("hugo", Demo.riversideId()), "another customer's list is empty");
        assertTrue(agreementsOf("hugo", null).stream().allMatch(a -> a.getString("customerId")
                .equals(Demo.harborId())));
    }

    @Test
    void aCustomersPlainUserReadsItsOwnAgreementsOnly() {
        String id = riversideAgreement();
        assertEquals(id, as("alice", AGREEMENT, "id", id).data().getJsonObject("serviceLevelAgreement")
                .getString("id"));
        assertFalse(agreementsOf("alice", Demo.riversideId()).isEmpty(), "Riverside's list");
        GraphQL.Answer nested = as("alice", SUBSCRIPTIONS, "id", Demo.riversideId());
        assertTrue(nested.errors().isEmpty(), nested.body());
        GraphQL.Answer harriet = as("harriet", AGREEMENT, "id", id);
        assertEquals("NOT_FOUND", harriet.errorCode(), harriet.body());
        assertEquals(List.of(), agreementsOf("harriet", Demo.riversideId()), "another customer's list is empty");
    }

    @Test
    void theMonitoringAccountAndAnonymousCallersReadNoAgreement() {
        String id = riversideAgreement();
        for (String document : List.of(AGREEMENT, AGREEMENTS)) {
            assertEquals("FORBIDDEN", GraphQL.withToken(Tokens.monitoring(), document, "id", id).errorCode(),
                    document);
            assertEquals("UNAUTHENTICATED", as(null, document, "id", id).errorCode(), document);
        }
    }

    // --- negotiation ---

    @Test
    void brunosOverrideIsRecordedWithWhoAndWhenAndIsInForce() {
        String id = freshAgreement();
        JsonObject before = read("adam", id);
        int response = before.getJsonObject("terms").getInt("targetResponseTimeMinutes");
        RowCounts counts = RowCounts.now();

        JsonObject changed = as("bruno", NEGOTIATE, "input", override(id, "TARGET_RESPONSE_TIME_MINUTES",
                new BigDecimal(response / 2), "Emergency department: faster first answer agreed.")).data()
                .getJsonObject("negotiateServiceLevelAgreementOverride");

        assertEquals(response / 2, changed.getJsonObject("terms").getInt("targetResponseTimeMinutes"));
        JsonObject override = changed.getJsonArray("overrides").getJsonObject(0);
        assertEquals("TARGET_RESPONSE_TIME_MINUTES", override.getString("objective"));
        assertEquals(0, new BigDecimal(response).compareTo(override.getJsonNumber("oldValue").bigDecimalValue()));
        assertEquals(0, new BigDecimal(response / 2).compareTo(override.getJsonNumber("newValue")
                .bigDecimalValue()));
        assertEquals("bruno", override.getString("negotiatedBy"));
        assertEquals("Emergency department: faster first answer agreed.", override.getString("reason"));
        assertTrue(Duration.between(OffsetDateTime.parse(override.getString("negotiatedAt")).toInstant(),
                java.time.Instant.now()).abs().toMinutes() < 10);
        JsonObject seen = read("bianca", id);
        assertEquals(changed.getJsonArray("overrides"), seen.getJsonArray("overrides"));
        assertEquals(response / 2, seen.getJsonObject("terms").getInt("targetResponseTimeMinutes"));
        assertEquals(before.getJsonObject("terms").getJsonNumber("availabilityPercent"),
                seen.getJsonObject("terms").getJsonNumber("availabilityPercent"), "one objective only");
        assertEquals(counts.auditLines() + 1, RowCounts.now().auditLines());
        assertTrue(RowCounts.newestAuditLines(5).contains("AGREEMENT_OVERRIDE_NEGOTIATED ServiceLevelAgreement " + id
                + " by bruno"), () -> RowCounts.newestAuditLines(5).toString());
        List<String> history = as("sam", "query($id: ID!) { customer(id: $id) { interactions(first: 100) {"
                + " edges { node { subject relatedEntityId } } } } }", "id", Demo.riversideId()).data()
                .getJsonObject("customer").getJsonObject("interactions").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node"))
                .filter(node -> id.equals(node.getString("relatedEntityId", null)))
                .map(node -> node.getString("subject")).toList();
        assertEquals(List.of("Agreement objective renegotiated"), history);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "sam", "selma", "otto"})
    void onlyTheProvidersBusinessManagerNegotiates(String user) {
        String id = riversideAgreement();
        GraphQL.Answer answer = as(user, NEGOTIATE, "input", override(id, "PAYMENT_TERM_DAYS", new BigDecimal("45"),
                "Longer payment term."));
        assertEquals("FORBIDDEN", answer.errorCode(), answer.body());
        assertEquals("FORBIDDEN", GraphQL.withToken(Tokens.monitoring(), NEGOTIATE, "input", override(id,
                "PAYMENT_TERM_DAYS", new BigDecimal("45"), "Longer payment term.")).errorCode());
        assertEquals("UNAUTHENTICATED", as(null, NEGOTIATE, "input", override(id, "PAYMENT_TERM_DAYS",
                new BigDecimal("45"), "Longer payment term.")).errorCode());
    }

    @Test
    void badOverrideInputNamesTheFieldAndStoresNothing() {
        String id = freshAgreement();
        RowCounts counts = RowCounts.now();
        assertRefused("value", override(id, "AVAILABILITY_PERCENT", new BigDecimal("100.5"), "Too good."));
        assertRefused("value", override(id, "AVAILABILITY_PERCENT", new BigDecimal("90"), "Below every credit tier."));
        assertRefused("value", override(id, "TARGET_RESPONSE_TIME_MINUTES", new BigDecimal("15.5"), "Half minutes."));
        assertRefused("value", override(id, "PAYMENT_TERM_DAYS", new BigDecimal("-1"), "Negative."));
        assertRefused("value", override(id, "PAYMENT_TERM_DAYS", null, "No value."));
        assertRefused("objective", override(id, null, new BigDecimal("45"), "No objective."));
        assertRefused("reason", override(id, "PAYMENT_TERM_DAYS", new BigDecimal("45"), " "));
        GraphQL.Answer unknown = as("bruno", NEGOTIATE, "input", override("no-such-agreement", "PAYMENT_TERM_DAYS",
                new BigDecimal("45"), "Unknown."));
        assertEquals("NOT_FOUND", unknown.errorCode(), unknown.body());

        assertEquals(counts, RowCounts.now(), "a refused override writes no audit line");
        assertEquals(List.of(), read("adam", id).getJsonArray("overrides"));
    }

    // --- relocation (ISO/TS 23535 5.7.2) ---

    private static final String PLACE_MODIFY = "mutation($input: PlaceCustomerOrderInput!) {"
            + " placeCustomerOrder(input: $input) { id state items { relocationConsentBy relocationConsentAt }"
            + " productOrders { id } } }";
    private static final String LOCATION = "query($id: ID!) { serviceLevelAgreement(id: $id) { terms { dataLocation }"
            + " dataLocationChangedBy dataLocationChangedAt } }";

    @Test
    void aModifyThatMovesTheDataWithoutConsentIsRejectedNamingTheFieldAndStoresNothing() {
        JsonObject subscription = freshSubscription();
        RowCounts counts = RowCounts.now();

        GraphQL.Answer answer = as("bianca", PLACE_MODIFY, "input", modify(subscription, "ch-geneva", null));

        assertEquals("VALIDATION", answer.errorCode(), answer.body());
        assertTrue(answer.body().contains("items[0].relocationConsent"), answer.body());
        GraphQL.Answer refused = as("bianca", PLACE_MODIFY, "input", modify(subscription, "ch-geneva", false));
        assertEquals("VALIDATION", refused.errorCode(), refused.body());
        assertEquals(counts, RowCounts.now(), "a refused order leaves nothing behind");
    }

    @Test
    void aModifyWithConsentMovesTheSubscriptionAndTheAgreementsDataLocation() {
        JsonObject subscription = freshSubscription();
        String agreementId = subscription.getString("agreementId");

        JsonObject order = as("bianca", PLACE_MODIFY, "input", modify(subscription, "ch-geneva", true)).data()
                .getJsonObject("placeCustomerOrder");
        JsonObject item = order.getJsonArray("items").getJsonObject(0);
        assertEquals("bianca", item.getString("relocationConsentBy"));
        assertFalse(item.isNull("relocationConsentAt"));
        completeAll(order);

        JsonObject moved = subscriptionsOf("adam", Demo.riversideId()).stream()
                .filter(s -> s.getString("id").equals(subscription.getString("id"))).findFirst().orElseThrow();
        assertEquals("ch-geneva", moved.getString("region"));
        JsonObject agreement = as("adam", LOCATION, "id", agreementId).data().getJsonObject("serviceLevelAgreement");
        assertEquals(List.of("ch-geneva"), agreement.getJsonObject("terms").getJsonArray("dataLocation").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList());
        assertEquals("selma", agreement.getString("dataLocationChangedBy"));
        assertFalse(agreement.isNull("dataLocationChangedAt"));
        List<String> audit = RowCounts.newestAuditLines(20);
        assertTrue(audit.contains("AGREEMENT_RELOCATED ServiceLevelAgreement " + agreementId + " by selma"),
                audit::toString);
    }

    // --- order completion on time (eTOM 1.3.8) ---

    private static final String ON_TIME = "query($customer: ID!, $from: String!, $to: String!) {"
            + " orderCompletionOnTime(customerId: $customer, from: $from, to: $to) { customerId from to"
            + " completedOrders ordersWithRequestedDate completedOnTime percentOnTime } }";

    @Test
    void anOrderCompletedByItsRequestedDateCountsAsOnTime() {
        String from = OffsetDateTime.now().minusHours(1).toString();
        String to = OffsetDateTime.now().plusHours(1).toString();
        JsonObject before = onTime("adam", Demo.riversideId(), from, to);

        Map<String, Object> item = new HashMap<>();
        item.put("action", "ADD");
        item.put("productOfferingId", idOf("vm-standard"));
        item.put("quantity", 1);
        item.put("region", "ch-zurich");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("idempotencyKey", Demo.unique("on-time"));
        input.put("requestedCompletionDate", OffsetDateTime.now().plusDays(2).toString());
        input.put("items", List.of(item));
        completeAll(as("bianca", PLACE_MODIFY, "input", input).data().getJsonObject("placeCustomerOrder"));

        JsonObject after = onTime("bianca", Demo.riversideId(), from, to);
        assertEquals(before.getInt("completedOrders") + 1, after.getInt("completedOrders"));
        assertEquals(before.getInt("ordersWithRequestedDate") + 1, after.getInt("ordersWithRequestedDate"));
        assertEquals(before.getInt("completedOnTime") + 1, after.getInt("completedOnTime"));
        BigDecimal expected = BigDecimal.valueOf(after.getInt("completedOnTime") * 100L)
                .divide(BigDecimal.valueOf(after.getInt("ordersWithRequestedDate")), 2, java.math.RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(after.getJsonNumber("percentOnTime").bigDecimalValue()));
        assertEquals(after, onTime("sam", Demo.riversideId(), from, to), "provider staff read every customer's");
    }

    @Test
    void orderCompletionOnTimeIsTheCustomersOwnAndNeedsAPeriod() {
        String from = OffsetDateTime.now().minusDays(1).toString();
        String to = OffsetDateTime.now().plusDays(1).toString();
        Object[] vars = {"customer", Demo.riversideId(), "from", from, "to", to};
        assertEquals("NOT_FOUND", as("hugo", ON_TIME, vars).errorCode());
        assertEquals("FORBIDDEN", as("alice", ON_TIME, vars).errorCode());
        assertEquals("UNAUTHENTICATED", as(null, ON_TIME, vars).errorCode());
        JsonObject empty = onTime("sam", Demo.riversideId(), "2001-01-01T00:00:00Z", "2001-02-01T00:00:00Z");
        assertEquals(0, empty.getInt("completedOrders"));
        assertTrue(empty.isNull("percentOnTime"));
        GraphQL.Answer backwards = as("sam", ON_TIME, "customer", Demo.riversideId(), "from", from, "to", from);
        assertEquals("VALIDATION", backwards.errorCode(), backwards.body());
        assertEquals("to", backwards.errorField(), backwards.body());
    }

    private static JsonObject onTime(String user, String customerId, String from, String to) {
        GraphQL.Answer answer = as(user, ON_TIME, "customer", customerId, "from", from, "to", to);
        JsonObject figure = answer.data().getJsonObject("orderCompletionOnTime");
        assertNotNull(figure, answer.body());
        return figure;
    }

    private static void completeAll(JsonObject order) {
        Agreements.completeAll(order);
    }

    /** A new vm-standard subscription of Riverside's in ch-zurich, with its agreement. */
    private static JsonObject freshSubscription() {
        String orderId = Agreements.completedOrder("vm-standard");
        return subscriptionsOf("sam", Demo.riversideId()).stream()
                .filter(s -> orderId.equals(s.getString("orderId", null))).findFirst().orElseThrow();
    }

    private static Map<String, Object> modify(JsonObject subscription, String region, Boolean consent) {
        Map<String, Object> item = new HashMap<>();
        item.put("action", "MODIFY");
        item.put("productOfferingId", subscription.getString("productOfferingId"));
        item.put("quantity", 2);
        item.put("region", region);
        item.put("subscriptionId", subscription.getString("id"));
        if (consent != null) {
            item.put("relocationConsent", consent);
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("idempotencyKey", Demo.unique("move"));
        input.put("items", List.of(item));
        return input;
    }

    // --- helpers ---

    private static void assertRefused(String field, Map<String, Object> input) {
        GraphQL.Answer answer = as("bruno", NEGOTIATE, "input", input);
        assertEquals("VALIDATION", answer.errorCode(), answer.body());
        assertEquals(field, answer.errorField(), answer.body());
    }

    private static Map<String, Object> override(String id, String objective, BigDecimal value, String reason) {
        Map<String, Object> input = new HashMap<>();
        input.put("agreementId", id);
        input.put("objective", objective);
        input.put("value", value == null ? null : Json.createValue(value)); // as a JSON decimal, not cut to a long
        input.put("reason", reason);
        return input;
    }

    /** The agreement of a new subscription of Riverside's, to negotiate without changing the demo data. */
    private static String freshAgreement() {
        return Agreements.fresh("vm-standard").agreementId();
    }

    private static String riversideAgreement() {
        List<JsonObject> agreements = agreementsOf("sam", Demo.riversideId());
        assertFalse(agreements.isEmpty());
        return agreements.get(agreements.size() - 1).getString("id");
    }

    private static JsonObject read(String user, String id) {
        JsonObject agreement = as(user, AGREEMENT, "id", id).data().getJsonObject("serviceLevelAgreement");
        assertNotNull(agreement);
        return agreement;
    }

    private static List<JsonObject> agreementsOf(String user, String customerId) {
        GraphQL.Answer answer = customerId == null ? as(user, AGREEMENTS) : as(user, AGREEMENTS, "customer",
                customerId);
        return answer.data().getJsonObject("serviceLevelAgreements").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node")).toList();
    }

    private static List<JsonObject> subscriptionsOf(String user, String customerId) {
        return as(user, SUBSCRIPTIONS, "id", customerId).data().getJsonObject("customer")
                .getJsonObject("subscriptions").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node")).toList();
    }

    /** Numbers compared by value (99.9500 = 99.95), everything else as it is. */
    private static Object number(JsonValue value) {
        if (value instanceof jakarta.json.JsonNumber n) {
            return n.bigDecimalValue().stripTrailingZeros();
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(ServiceLevelAgreementsIT::number).toList();
        }
        if (value instanceof JsonObject object) {
            return object.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> number(e.getValue())));
        }
        return value;
    }

    private static String idOf(String code) {
        return Demo.offeringId(code);
    }
}
