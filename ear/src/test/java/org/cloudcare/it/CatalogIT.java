package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
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
 * The product catalogue over HTTP with real Keycloak tokens: every catalogue operation for every persona (customers'
 * users browse active offerings only, provider staff also see drafts, only the provider's business manager changes
 * anything, the monitoring account and anonymous callers get nothing), bruno's whole lifecycle of a bundle, and bad
 * input that is refused naming the field and leaves every count as it was.
 */
class CatalogIT {

    private static final String OFFERING_FIELDS = "id code name status orderable isBundle version regions"
            + " supportHours { allHours days from to timeZone } peerProviders { name role }";
    private static final String OFFERING = "query($id: ID!) { productOffering(id: $id) { " + OFFERING_FIELDS
            + " bundledProductOffering { code status } productOfferingPrice { id name priceType price { amount currency }"
            + " unitOfMeasure includedQuantity excessUsageRate { amount currency } validFrom validTo }"
            + " slaTemplate { availabilityPercent availabilityPeriod targetResponseTimeMinutes"
            + " incidentTargets { priority responseMinutes repairMinutes } dataLocation"
            + " serviceCreditTiers { availabilityBelowPercent creditPercent } paymentTermDays termMonths autoRenew"
            + " expiryNoticeDays } } }";
    private static final String LIST = "query($status: ProductOfferingStatus, $category: ProductOfferingCategory) {"
            + " productOfferings(first: 100, status: $status, category: $category) { totalCount"
            + " edges { node { id code status category } } } }";
    private static final String CREATE = "mutation($input: CreateProductOfferingInput!) {"
            + " createProductOffering(input: $input) { " + OFFERING_FIELDS + " } }";
    private static final String UPDATE = "mutation($input: UpdateProductOfferingInput!) {"
            + " updateProductOffering(input: $input) { " + OFFERING_FIELDS + " } }";
    private static final String ACTIVATE = "mutation($id: ID!) { activateProductOffering(id: $id) { status orderable } }";
    private static final String RETIRE = "mutation($id: ID!) { retireProductOffering(id: $id) { status orderable } }";
    private static final String ADD_PRICE = "mutation($input: AddProductOfferingPriceInput!) {"
            + " addProductOfferingPrice(input: $input) { id name priceType price { amount currency } unitOfMeasure"
            + " includedQuantity excessUsageRate { amount currency } } }";
    private static final String REMOVE_PRICE = "mutation($offering: ID!, $price: ID!) {"
            + " removeProductOfferingPrice(productOfferingId: $offering, priceId: $price) { id productOfferingPrice { id } } }";
    private static final String SET_SLA = "mutation($input: SetSlaTemplateInput!) { setSlaTemplate(input: $input) {"
            + " id availabilityPercent dataLocation serviceCreditTiers { availabilityBelowPercent creditPercent }"
            + " incidentTargets { priority } } }";
    private static final String THRESHOLDS = "query($id: ID!) { productOffering(id: $id) { id version"
            + " thresholdStandards { objective priority unit warningValue breachValue } } }";
    private static final String SET_THRESHOLDS = "mutation($id: ID!, $thresholds: [ThresholdStandardInput!]!,"
            + " $version: BigInteger!) { setProductOfferingThresholds(productOfferingId: $id, thresholds: $thresholds,"
            + " version: $version) { id version thresholdStandards { objective priority unit warningValue"
            + " breachValue } } }";
    private static final List<String> DEMO_ACTIVE = List.of("ehr-suite", "ehr-records", "ehr-backup", "ehr-archive",
            "vm-standard", "postgresql-managed");
    private static final String DEMO_DRAFT = "ai-imaging-triage";

    // --- reading ---

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "harriet"})
    void customersUsersBrowseTheActiveCatalogueOnly(String user) {
        JsonObject offerings = as(user, LIST).data().getJsonObject("productOfferings");
        List<String> codes = codes(offerings);
        assertTrue(codes.containsAll(DEMO_ACTIVE), codes::toString);
        assertFalse(codes.contains(DEMO_DRAFT), "a draft is staff only");
        assertTrue(offerings.getJsonArray("edges").stream()
                .allMatch(edge -> node(edge).getString("status").equals("ACTIVE")), offerings::toString);
        assertEquals(0, as(user, LIST, "status", "DRAFT").data().getJsonObject("productOfferings")
                .getInt("totalCount"));
        assertEquals(0, as(user, LIST, "status", "RETIRED").data().getJsonObject("productOfferings")
                .getInt("totalCount"));
        List<String> iaas = codes(as(user, LIST, "category", "IAAS").data().getJsonObject("productOfferings"));
        assertTrue(iaas.contains("vm-standard") && !iaas.contains("ehr-suite"), iaas::toString);

        JsonObject suite = as(user, OFFERING, "id", idOf("ehr-suite")).data().getJsonObject("productOffering");
        assertTrue(suite.getBoolean("isBundle"));
        assertTrue(suite.getBoolean("orderable"));
        assertEquals(List.of("ehr-archive", "ehr-backup", "ehr-records"), suite.getJsonArray("bundledProductOffering")
                .stream().map(component -> component.asJsonObject().getString("code")).sorted().toList());
        JsonObject price = suite.getJsonArray("productOfferingPrice").getJsonObject(0);
        assertEquals("RECURRING", price.getString("priceType"));
        assertEquals(0, new BigDecimal("5500").compareTo(price.getJsonObject("price").getJsonNumber("amount")
                .bigDecimalValue()));
        assertEquals("EUR", price.getJsonObject("price").getString("currency"));
        JsonObject sla = suite.getJsonObject("slaTemplate");
        assertEquals(0, new BigDecimal("99.95").compareTo(sla.getJsonNumber("availabilityPercent").bigDecimalValue()));
        assertEquals(4, sla.getJsonArray("incidentTargets").size());
        assertEquals(3, sla.getJsonArray("serviceCreditTiers").size());
        assertTrue(suite.getJsonObject("supportHours").getBoolean("allHours"));

        JsonObject records = as(user, OFFERING, "id", idOf("ehr-records")).data().getJsonObject("productOffering");
        JsonObject usage = records.getJsonArray("productOfferingPrice").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("priceType").equals("USAGE")).findFirst().orElseThrow();
        assertEquals("user-month", usage.getString("unitOfMeasure"));
        assertEquals(0, new BigDecimal("250").compareTo(usage.getJsonNumber("includedQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("14").compareTo(usage.getJsonObject("excessUsageRate")
                .getJsonNumber("amount").bigDecimalValue()));

        GraphQL.Answer draft = as(user, OFFERING, "id", draftId());
        assertEquals("NOT_FOUND", draft.errorCode(), draft.body());
        assertFalse(draft.body().contains(DEMO_DRAFT), "no data may leak in a denial");
        assertEquals("NOT_FOUND", as(user, OFFERING, "id", "no-such-offering").errorCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam", "selma", "otto", "bruno"})
    void providerStaffAlsoSeeDrafts(String user) {
        List<String> drafts = codes(as(user, LIST, "status", "DRAFT").data().getJsonObject("productOfferings"));
        assertTrue(drafts.contains(DEMO_DRAFT), drafts::toString);
        List<String> all = codes(as(user, LIST).data().getJsonObject("productOfferings"));
        assertTrue(all.containsAll(DEMO_ACTIVE) && all.contains(DEMO_DRAFT), all::toString);
        JsonObject draft = as(user, OFFERING, "id", draftId()).data().getJsonObject("productOffering");
        assertEquals("DRAFT", draft.getString("status"));
        assertFalse(draft.getBoolean("orderable"));
        assertEquals(JsonValue.NULL, draft.get("slaTemplate"));
        assertTrue(draft.getJsonArray("productOfferingPrice").isEmpty());
    }

    // --- who may change the catalogue ---

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "harriet", "sam", "selma", "otto"})
    void onlyTheProvidersBusinessManagerChangesTheCatalogue(String user) {
        String draft = draftId();
        String vm = idOf("vm-standard");
        String price = firstPriceOf(vm);
        RowCounts before = RowCounts.now();
        forEveryMutation(draft, vm, price, (name, answer) -> {
            assertEquals("FORBIDDEN", answer.errorCode(), name + ": " + answer.body());
            assertEquals(JsonValue.NULL, answer.json().get("data"), name + " answered data");
        }, query -> as(user, query.document(), query.variables()));
        assertEquals(before, RowCounts.now());
        assertEquals("ACTIVE", as("bruno", OFFERING, "id", vm).data().getJsonObject("productOffering")
                .getString("status"));
    }

    @Test
    void theMonitoringAccountSeesAndChangesNothingOfTheCatalogue() {
        String token = Tokens.monitoring();
        assertEquals("FORBIDDEN", GraphQL.withToken(token, LIST).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(token, OFFERING, "id", idOf("vm-standard")).errorCode());
        String vm = idOf("vm-standard");
        forEveryMutation(draftId(), vm, firstPriceOf(vm),
                (name, answer) -> assertEquals("FORBIDDEN", answer.errorCode(), name + ": " + answer.body()),
                query -> GraphQL.withToken(token, query.document(), query.variables()));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        assertEquals("UNAUTHENTICATED", as(null, LIST).errorCode());
        String vm = idOf("vm-standard");
        assertEquals("UNAUTHENTICATED", as(null, OFFERING, "id", vm).errorCode());
        forEveryMutation(draftId(), vm, firstPriceOf(vm),
                (name, answer) -> assertEquals("UNAUTHENTICATED", answer.errorCode(), name + ": " + answer.body()),
                query -> as(null, query.document(), query.variables()));
    }

    // --- bruno's lifecycle of a bundle ---

    @Test
    void theBusinessManagerBuildsActivatesAndRetiresABundle() {
        String tag = Demo.unique("it");
        JsonObject app = create(tag + "-app", List.of());
        JsonObject store = create(tag + "-store", List.of());
        JsonObject bundle = create(tag + "-suite", List.of(app.getString("id"), store.getString("id")));
        assertEquals("DRAFT", bundle.getString("status"));
        assertTrue(bundle.getBoolean("isBundle"));
        assertEquals("NOT_FOUND", as("alice", OFFERING, "id", bundle.getString("id")).errorCode());

        for (JsonObject offering : List.of(app, store, bundle)) {
            String id = offering.getString("id");
            assertEquals("CONFLICT", as("bruno", ACTIVATE, "id", id).errorCode(), "no price or template yet");
            JsonObject recurring = as("bruno", ADD_PRICE, "input", price(id, "RECURRING", "120.50", null))
                    .data().getJsonObject("addProductOfferingPrice");
            assertEquals(0, new BigDecimal("120.5").compareTo(recurring.getJsonObject("price")
                    .getJsonNumber("amount").bigDecimalValue()));
            JsonObject sla = as("bruno", SET_SLA, "input", sla(id, "99.9", List.of("ch-zurich")))
                    .data().getJsonObject("setSlaTemplate");
            assertEquals(List.of("CRITICAL", "HIGH", "MEDIUM", "LOW"), sla.getJsonArray("incidentTargets").stream()
                    .map(target -> target.asJsonObject().getString("priority")).toList());
        }
        String appId = app.getString("id");
        JsonObject usage = as("bruno", ADD_PRICE, "input", price(appId, "USAGE", "0", "GB-month"))
                .data().getJsonObject("addProductOfferingPrice");
        assertEquals("GB-month", usage.getString("unitOfMeasure"));
        assertEquals(0, new BigDecimal("0.08").compareTo(usage.getJsonObject("excessUsageRate")
                .getJsonNumber("amount").bigDecimalValue()));
        as("bruno", ADD_PRICE, "input", price(appId, "ONE_TIME", "990", null)).data();
        assertEquals(2, as("bruno", REMOVE_PRICE, "offering", appId, "price", usage.getString("id")).data()
                .getJsonObject("removeProductOfferingPrice").getJsonArray("productOfferingPrice").size(),
                "the recurring and the one-time price are left");

        String bundleId = bundle.getString("id");
        assertEquals("CONFLICT", as("bruno", ACTIVATE, "id", bundleId).errorCode(), "its components are drafts");
        for (JsonObject component : List.of(app, store)) {
            assertEquals("ACTIVE", as("bruno", ACTIVATE, "id", component.getString("id")).data()
                    .getJsonObject("activateProductOffering").getString("status"));
        }
        JsonObject active = as("bruno", ACTIVATE, "id", bundleId).data().getJsonObject("activateProductOffering");
        assertEquals("ACTIVE", active.getString("status"));
        assertTrue(active.getBoolean("orderable"));
        assertEquals("CONFLICT", as("bruno", ACTIVATE, "id", bundleId).errorCode());
        assertEquals(2, as("alice", OFFERING, "id", bundleId).data().getJsonObject("productOffering")
                .getJsonArray("bundledProductOffering").size(), "customers see the active bundle and its components");

        assertEquals("CONFLICT", as("bruno", RETIRE, "id", appId).errorCode(), "part of an active bundle");
        long version = as("bruno", OFFERING, "id", bundleId).data().getJsonObject("productOffering")
                .getJsonNumber("version").longValue();
        assertEquals("CONFLICT", as("bruno", UPDATE, "input", update(bundleId, version, "Renamed")).errorCode(),
                "an active offering's description is fixed");
        assertEquals("CONFLICT", as("bruno", REMOVE_PRICE, "offering", store.getString("id"), "price",
                firstPriceOf(store.getString("id"))).errorCode(), "the only price of an active offering");

        JsonObject retired = as("bruno", RETIRE, "id", bundleId).data().getJsonObject("retireProductOffering");
        assertEquals("RETIRED", retired.getString("status"));
        assertFalse(retired.getBoolean("orderable"));
        assertEquals("CONFLICT", as("bruno", RETIRE, "id", bundleId).errorCode());
        assertEquals("CONFLICT", as("bruno", ACTIVATE, "id", bundleId).errorCode());
        assertEquals("CONFLICT", as("bruno", SET_SLA, "input", sla(bundleId, "99", List.of("ch-zurich")))
                .errorCode(), "a retired offering is frozen");
        assertEquals("NOT_FOUND", as("alice", OFFERING, "id", bundleId).errorCode(), "retired is staff only");
        assertEquals("RETIRED", as("sam", OFFERING, "id", bundleId).data().getJsonObject("productOffering")
                .getString("status"));
        assertEquals("RETIRED", as("bruno", RETIRE, "id", appId).data().getJsonObject("retireProductOffering")
                .getString("status"), "no longer part of an active bundle");

        JsonObject trail = as("sam", "query($id: String) { auditTrail(entityId: $id, first: 50) { totalCount"
                + " edges { node { action actor } } } }", "id", bundleId).data().getJsonObject("auditTrail");
        List<String> actions = trail.getJsonArray("edges").stream().map(edge -> node(edge).getString("action"))
                .toList();
        assertTrue(actions.containsAll(List.of("PRODUCT_OFFERING_CREATED", "PRODUCT_OFFERING_PRICE_ADDED",
                "SLA_TEMPLATE_SET", "PRODUCT_OFFERING_ACTIVATED", "PRODUCT_OFFERING_RETIRED")), actions::toString);
        assertEquals(5, actions.size(), "refused changes wrote no audit line: " + actions);
    }

    @Test
    void aDraftIsEditedWithTheVersionItWasReadAt() {
        JsonObject draft = create(Demo.unique("it"), List.of());
        String id = draft.getString("id");
        long version = draft.getJsonNumber("version").longValue();

        JsonObject updated = as("bruno", UPDATE, "input", update(id, version, "Managed Redis")).data()
                .getJsonObject("updateProductOffering");

        assertEquals("Managed Redis", updated.getString("name"));
        assertFalse(updated.getJsonObject("supportHours").getBoolean("allHours"));
        assertEquals("Europe/Zurich", updated.getJsonObject("supportHours").getString("timeZone"));
        assertEquals(List.of("MONDAY", "FRIDAY"), updated.getJsonObject("supportHours").getJsonArray("days")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("PEER_PROVIDER", updated.getJsonArray("peerProviders").getJsonObject(0).getString("role"));
        assertEquals("CONFLICT", as("bruno", UPDATE, "input", update(id, version, "Stale edit")).errorCode());
        assertEquals("Managed Redis", as("bruno", OFFERING, "id", id).data().getJsonObject("productOffering")
                .getString("name"));
    }

    // --- bad input ---

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        JsonObject draft = create(Demo.unique("it"), List.of());
        String id = draft.getString("id");
        String existingCode = draft.getString("code");
        RowCounts before = RowCounts.now();
        long offerings = offeringCount();

        assertRefused("code", CREATE, "input", offering(existingCode, List.of()));
        assertRefused("code", CREATE, "input", offering("Not A Code", List.of()));
        assertRefused("regions", CREATE, "input", with(offering(Demo.unique("it"), List.of()), "regions",
                List.of("Zurich!")));
        assertRefused("bundledProductOfferingIds", CREATE, "input", offering(Demo.unique("it"),
                List.of("no-such-offering")));
        assertRefused("supportHours.timeZone", CREATE, "input", with(offering(Demo.unique("it"), List.of()),
                "supportHours", Map.of("allHours", false, "days", List.of("MONDAY"), "from", "08:00", "to", "17:00",
                        "timeZone", "Mars/Olympus")));
        assertRefused("supportHours.to", CREATE, "input", with(offering(Demo.unique("it"), List.of()),
                "supportHours", Map.of("allHours", false, "days", List.of("MONDAY"), "from", "18:00", "to", "08:00",
                        "timeZone", "Europe/Zurich")));
        assertRefused("name", CREATE, "input", with(offering(Demo.unique("it"), List.of()), "name", "Bad\u0007name"));

        assertRefused("price.amount", ADD_PRICE, "input", with(price(id, "RECURRING", null, null), "price",
                Map.of("amount", Json.createValue(new BigDecimal("0.00001")), "currency", "EUR")));
        assertRefused("price.amount", ADD_PRICE, "input", with(price(id, "RECURRING", null, null), "price",
                Map.of("amount", Json.createValue(new BigDecimal("-5")), "currency", "EUR")));
        assertRefused("price.currency", ADD_PRICE, "input", with(price(id, "RECURRING", null, null), "price",
                Map.of("amount", 10, "currency", "XYZ")));
        assertRefused("unitOfMeasure", ADD_PRICE, "input", price(id, "RECURRING", "10", "GB"));
        assertRefused("validTo", ADD_PRICE, "input", with(with(price(id, "ONE_TIME", "10", null), "validFrom",
                "2026-06-01T00:00:00Z"), "validTo", "2026-05-01T00:00:00Z"));
        assertRefused("validFrom", ADD_PRICE, "input", with(price(id, "ONE_TIME", "10", null), "validFrom",
                "next Monday"));

        assertRefused("availabilityPercent", SET_SLA, "input", with(sla(id, "99.9", List.of("ch-zurich")),
                "availabilityPercent", Json.createValue(new BigDecimal("100.5"))));
        assertRefused("dataLocation", SET_SLA, "input", sla(id, "99.9", List.of("us-east")));
        assertRefused("incidentTargets", SET_SLA, "input", with(sla(id, "99.9", List.of("ch-zurich")),
                "incidentTargets", List.of(Map.of("priority", "CRITICAL", "responseMinutes", 15,
                        "repairMinutes", 240))));
        assertRefused("incidentTargets.repairMinutes", SET_SLA, "input", with(sla(id, "99.9", List.of("ch-zurich")),
                "incidentTargets", List.of(target("CRITICAL", 60, 30), target("HIGH", 30, 480),
                        target("MEDIUM", 120, 1440), target("LOW", 480, 4320))));
        assertRefused("serviceCreditTiers.availabilityBelowPercent", SET_SLA, "input", with(sla(id, "99.5",
                List.of("ch-zurich")), "serviceCreditTiers", List.of(Map.of("availabilityBelowPercent",
                Json.createValue(new BigDecimal("99.9")), "creditPercent", 10))));
        assertRefused("termMonths", SET_SLA, "input", with(sla(id, "99.9", List.of("ch-zurich")), "termMonths", 0));
        assertRefused("paymentTermDays", SET_SLA, "input", with(sla(id, "99.9", List.of("ch-zurich")),
                "paymentTermDays", -1));

        assertEquals(before, RowCounts.now(), "a refused change wrote an audit line or a customer");
        assertEquals(offerings, offeringCount(), "a refused change created an offering");
        JsonObject after = as("bruno", OFFERING, "id", id).data().getJsonObject("productOffering");
        assertTrue(after.getJsonArray("productOfferingPrice").isEmpty());
        assertEquals(JsonValue.NULL, after.get("slaTemplate"));
        assertEquals(draft.getJsonNumber("version").longValue(), after.getJsonNumber("version").longValue());
    }

    // --- threshold standards (eTOM 1.2.4.1) ---

    @Test
    void theBusinessAndServiceManagerSetThresholdStandardsThatOnlyProviderStaffRead() {
        JsonObject offering = create(Demo.unique("it"), List.of());
        String id = offering.getString("id");
        long version = offering.getJsonNumber("version").longValue();

        JsonObject set = as("bruno", SET_THRESHOLDS, "id", id, "version", version, "thresholds",
                List.of(availability("99.95", "99.9"))).data().getJsonObject("setProductOfferingThresholds");
        assertTrue(set.getJsonNumber("version").longValue() > version);
        JsonObject replaced = as("selma", SET_THRESHOLDS, "id", id, "version", set.getJsonNumber("version"),
                "thresholds", List.of(repair("LOW", 3000, 4320), availability("99.8", "99.5"),
                        Map.of("objective", "RESPONSE_TIME", "unit", "MILLISECONDS", "warningValue", 250,
                                "breachValue", 400))).data().getJsonObject("setProductOfferingThresholds");

        List<String> objectives = replaced.getJsonArray("thresholdStandards").stream()
                .map(standard -> standard.asJsonObject().getString("objective")).toList();
        assertEquals(List.of("AVAILABILITY", "RESPONSE_TIME", "REPAIR_TIME"), objectives, "by objective");
        JsonObject availability = replaced.getJsonArray("thresholdStandards").getJsonObject(0);
        assertEquals("PERCENT", availability.getString("unit"));
        assertEquals(JsonValue.NULL, availability.get("priority"));
        assertEquals(0, new BigDecimal("99.8").compareTo(availability.getJsonNumber("warningValue").bigDecimalValue()));
        assertEquals("LOW", replaced.getJsonArray("thresholdStandards").getJsonObject(2).getString("priority"));
        assertEquals("PRODUCT_OFFERING_THRESHOLDS_SET ProductOffering " + id + " by selma",
                RowCounts.newestAuditLines(1).get(0));
        assertEquals("CONFLICT", as("bruno", SET_THRESHOLDS, "id", id, "version", set.getJsonNumber("version"),
                "thresholds", List.of()).errorCode(), "a stale version");

        for (String staff : List.of("sam", "selma", "otto", "bruno")) {
            assertEquals(replaced.getJsonArray("thresholdStandards"), as(staff, THRESHOLDS, "id", id).data()
                    .getJsonObject("productOffering").getJsonArray("thresholdStandards"), staff);
        }
        // on an active offering customers' users see: the standards are internal, like drafts they do not exist
        String vm = idOf("vm-standard");
        JsonObject active = as("bruno", THRESHOLDS, "id", vm).data().getJsonObject("productOffering");
        as("selma", SET_THRESHOLDS, "id", vm, "version", active.getJsonNumber("version"), "thresholds",
                List.of(availability("99.95", "99.9"), repair("CRITICAL", 180, 240))).data();
        assertEquals(2, as("sam", THRESHOLDS, "id", vm).data().getJsonObject("productOffering")
                .getJsonArray("thresholdStandards").size());
        for (String customer : List.of("alice", "adam", "bianca", "hugo", "harriet")) {
            GraphQL.Answer answer = as(customer, THRESHOLDS, "id", vm);
            assertEquals(List.of(), answer.data().getJsonObject("productOffering").getJsonArray("thresholdStandards"),
                    customer);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "harriet", "sam", "otto"})
    void nobodyElseSetsThresholdStandards(String user) {
        JsonObject vm = as("bruno", THRESHOLDS, "id", idOf("vm-standard")).data().getJsonObject("productOffering");
        RowCounts before = RowCounts.now();

        GraphQL.Answer answer = as(user, SET_THRESHOLDS, "id", vm.getString("id"), "version", vm.getJsonNumber("version"),
                "thresholds", List.of(availability("99.99", "99.98")));

        assertEquals("FORBIDDEN", answer.errorCode(), answer.body());
        assertEquals(JsonValue.NULL, answer.json().get("data"));
        assertEquals(before, RowCounts.now());
        assertEquals(vm, as("bruno", THRESHOLDS, "id", vm.getString("id")).data().getJsonObject("productOffering"));
    }

    @Test
    void theMonitoringAccountAndAnonymousCallersNeitherSetNorReadThresholdStandards() {
        JsonObject vm = as("bruno", THRESHOLDS, "id", idOf("vm-standard")).data().getJsonObject("productOffering");
        Object[] variables = {"id", vm.getString("id"), "version", vm.getJsonNumber("version"), "thresholds",
                List.of(availability("99.99", "99.98"))};
        assertEquals("FORBIDDEN", GraphQL.withToken(Tokens.monitoring(), SET_THRESHOLDS, variables).errorCode());
        assertEquals("FORBIDDEN", GraphQL.withToken(Tokens.monitoring(), THRESHOLDS, "id", vm.getString("id"))
                .errorCode());
        assertEquals("UNAUTHENTICATED", as(null, SET_THRESHOLDS, variables).errorCode());
        assertEquals(vm, as("bruno", THRESHOLDS, "id", vm.getString("id")).data().getJsonObject("productOffering"));
    }

    @Test
    void badThresholdStandardsAreRefusedWithEveryReasonAndLeaveTheOldOnes() {
        JsonObject offering = create(Demo.unique("it"), List.of());
        String id = offering.getString("id");
        JsonObject set = as("bruno", SET_THRESHOLDS, "id", id, "version", offering.getJsonNumber("version"),
                "thresholds", List.of(availability("99.95", "99.9"))).data().getJsonObject("setProductOfferingThresholds");
        RowCounts before = RowCounts.now();

        GraphQL.Answer refused = as("selma", SET_THRESHOLDS, "id", id, "version", set.getJsonNumber("version"),
                "thresholds", List.of(availability("99.9", "99.95"),
                        Map.of("objective", "RESPONSE_TIME", "unit", "MINUTES", "warningValue", 1, "breachValue", 2),
                        Map.of("objective", "REPAIR_TIME", "unit", "MINUTES", "warningValue", 100, "breachValue", 200),
                        availability("101", "99")));

        assertEquals("VALIDATION", refused.errorCode(), refused.body());
        assertEquals(List.of("thresholds[0].warningValue", "thresholds[1].unit", "thresholds[2].priority",
                "thresholds[3].warningValue", "thresholds[3].objective"),
                refused.onlyError().getJsonObject("extensions").getJsonArray("reasons").stream()
                        .map(reason -> reason.asJsonObject().getString("field")).toList(), refused.body());
        assertEquals("NOT_FOUND", as("selma", SET_THRESHOLDS, "id", "no-such-offering", "version", 0, "thresholds",
                List.of()).errorCode());
        assertEquals(before, RowCounts.now(), "a refused change wrote an audit line");
        assertEquals(set, as("bruno", THRESHOLDS, "id", id).data().getJsonObject("productOffering"));
    }

    private static Map<String, Object> availability(String warning, String breach) {
        return Map.of("objective", "AVAILABILITY", "unit", "PERCENT", "warningValue",
                Json.createValue(new BigDecimal(warning)), "breachValue", Json.createValue(new BigDecimal(breach)));
    }

    private static Map<String, Object> repair(String priority, int warning, int breach) {
        return Map.of("objective", "REPAIR_TIME", "priority", priority, "unit", "MINUTES", "warningValue", warning,
                "breachValue", breach);
    }

    // --- helpers ---

    private static void assertRefused(String field, String query, Object... variables) {
        GraphQL.Answer answer = as("bruno", query, variables);
        assertEquals("VALIDATION", answer.errorCode(), answer.body());
        assertEquals(field, answer.errorField(), answer.body());
    }

    private record Request(String document, Object[] variables) {
    }

    /** Every catalogue mutation once, with input that would succeed for bruno, checked by {@code check}. */
    private static void forEveryMutation(String draftId, String activeId, String priceId,
            java.util.function.BiConsumer<String, GraphQL.Answer> check,
            java.util.function.Function<Request, GraphQL.Answer> send) {
        Map<String, Request> requests = new LinkedHashMap<>();
        requests.put("createProductOffering", new Request(CREATE, new Object[] {"input",
                offering(Demo.unique("it"), List.of())}));
        requests.put("updateProductOffering", new Request(UPDATE, new Object[] {"input",
                update(draftId, 0, "Renamed")}));
        requests.put("activateProductOffering", new Request(ACTIVATE, new Object[] {"id", draftId}));
        requests.put("retireProductOffering", new Request(RETIRE, new Object[] {"id", activeId}));
        requests.put("addProductOfferingPrice", new Request(ADD_PRICE, new Object[] {"input",
                price(activeId, "ONE_TIME", "1", null)}));
        requests.put("removeProductOfferingPrice", new Request(REMOVE_PRICE, new Object[] {"offering", activeId,
                "price", priceId}));
        requests.put("setSlaTemplate", new Request(SET_SLA, new Object[] {"input",
                sla(activeId, "99.9", List.of("ch-zurich"))}));
        requests.forEach((name, request) -> check.accept(name, send.apply(request)));
    }

    private static JsonObject create(String code, List<String> components) {
        return as("bruno", CREATE, "input", offering(code, components)).data().getJsonObject("createProductOffering");
    }

    private static Map<String, Object> offering(String code, List<String> components) {
        Map<String, Object> input = new HashMap<>();
        input.put("code", code);
        input.put("name", "Offering " + code);
        input.put("description", "Made by CatalogIT.");
        input.put("category", "PAAS");
        input.put("regions", List.of("ch-zurich", "ch-geneva"));
        input.put("bundledProductOfferingIds", components);
        input.put("supportHours", Map.of("allHours", true));
        input.put("peerProviders", List.of(Map.of("name", "Helvetic Data Centres AG", "role", "SUBCONTRACTOR")));
        return input;
    }

    private static Map<String, Object> update(String id, long version, String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("version", version);
        input.put("name", name);
        input.put("category", "PAAS");
        input.put("regions", List.of("ch-zurich"));
        input.put("supportHours", Map.of("allHours", false, "days", List.of("FRIDAY", "MONDAY"), "from", "08:00",
                "to", "17:00", "timeZone", "Europe/Zurich"));
        input.put("peerProviders", List.of(Map.of("name", "Alpine Object Storage SA", "role", "PEER_PROVIDER")));
        return input;
    }

    private static Map<String, Object> price(String offeringId, String type, String amount, String unit) {
        Map<String, Object> input = new HashMap<>();
        input.put("productOfferingId", offeringId);
        input.put("name", type.toLowerCase() + " price");
        input.put("priceType", type);
        input.put("price", Map.of("amount", Json.createValue(new BigDecimal(amount == null ? "10" : amount)),
                "currency", "EUR"));
        if (unit != null) {
            input.put("unitOfMeasure", unit);
            if (type.equals("USAGE")) {
                input.put("includedQuantity", 100);
                input.put("excessUsageRate", Map.of("amount", Json.createValue(new BigDecimal("0.08")),
                        "currency", "EUR"));
            }
        }
        return input;
    }

    private static Map<String, Object> sla(String offeringId, String availability, List<String> dataLocation) {
        Map<String, Object> input = new HashMap<>();
        input.put("productOfferingId", offeringId);
        input.put("availabilityPercent", Json.createValue(new BigDecimal(availability)));
        input.put("availabilityPeriod", "MONTH");
        input.put("targetResponseTimeMinutes", 30);
        input.put("incidentTargets", List.of(target("LOW", 480, 4320), target("MEDIUM", 120, 1440),
                target("HIGH", 30, 480), target("CRITICAL", 15, 240)));
        input.put("plannedDowntimeMinutesPerMonth", 120);
        input.put("disruptionNoticeHours", 168);
        input.put("backupFrequencyHours", 4);
        input.put("recoveryPointObjectiveMinutes", 60);
        input.put("recoveryTimeObjectiveMinutes", 240);
        input.put("dataLocation", dataLocation);
        input.put("serviceCreditTiers", List.of(
                Map.of("availabilityBelowPercent", Json.createValue(new BigDecimal("99")), "creditPercent", 25),
                Map.of("availabilityBelowPercent", Json.createValue(new BigDecimal("98")), "creditPercent", 50)));
        input.put("excessUsageBilled", true);
        input.put("paymentTermDays", 30);
        input.put("termMonths", 12);
        input.put("autoRenew", true);
        input.put("expiryNoticeDays", 60);
        return input;
    }

    private static Map<String, Object> target(String priority, int response, int repair) {
        return Map.of("priority", priority, "responseMinutes", response, "repairMinutes", repair);
    }

    private static Map<String, Object> with(Map<String, Object> input, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(input);
        changed.put(key, value);
        return changed;
    }

    private static String idOf(String code) {
        return as("sam", LIST).data().getJsonObject("productOfferings").getJsonArray("edges").stream()
                .map(CatalogIT::node).filter(node -> node.getString("code").equals(code))
                .map(node -> node.getString("id")).findFirst().orElseThrow(() -> new AssertionError("no " + code));
    }

    private static String draftId() {
        return idOf(DEMO_DRAFT);
    }

    private static String firstPriceOf(String offeringId) {
        return as("bruno", OFFERING, "id", offeringId).data().getJsonObject("productOffering")
                .getJsonArray("productOfferingPrice").getJsonObject(0).getString("id");
    }

    private static long offeringCount() {
        return as("sam", "{ productOfferings(first: 0) { totalCount } }").data().getJsonObject("productOfferings")
                .getJsonNumber("totalCount").longValue();
    }

    private static List<String> codes(JsonObject connection) {
        return connection.getJsonArray("edges").stream().map(edge -> node(edge).getString("code")).toList();
    }

    private static JsonObject node(JsonValue edge) {
        return edge.asJsonObject().getJsonObject("node");
    }
}
