package org.cloudcare.it.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;

/** Facts about the demo data the tests rely on, looked up once through the API itself. */
public final class Demo {

    private static String riverside;
    private static String harbor;
    private static final Map<String, String> OFFERING_IDS = new ConcurrentHashMap<>();

    private Demo() {
    }

    public static synchronized String riversideId() {
        if (riverside == null) {
            load();
        }
        return riverside;
    }

    public static synchronized String harborId() {
        if (harbor == null) {
            load();
        }
        return harbor;
    }

    /** The id of the demo catalogue's offering with this code ({@code vm-standard}). */
    public static String offeringId(String code) {
        if (OFFERING_IDS.isEmpty()) {
            GraphQL.as("sam", "{ productOfferings(first: 100) { edges { node { id code } } } }").data()
                    .getJsonObject("productOfferings").getJsonArray("edges").forEach(edge -> OFFERING_IDS.put(
                            edge.asJsonObject().getJsonObject("node").getString("code"),
                            edge.asJsonObject().getJsonObject("node").getString("id")));
        }
        String id = OFFERING_IDS.get(code);
        if (id == null) {
            throw new AssertionError("no offering " + code);
        }
        return id;
    }

    /**
     * Riverside's demo agreement of its {@code vm-standard} subscription, in force since before the previous month: the
     * one with the demo measurements' breach. Other tests make newer vm-standard agreements for Riverside, so it is
     * told apart by its start, paging through all of them.
     */
    public static String riversideMachineAgreement() {
        String offering = offeringId("vm-standard");
        java.time.OffsetDateTime lastMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1)
                .atDay(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        String after = null;
        while (true) {
            JsonObject page = GraphQL.as("sam", "query($c: ID, $after: String) { serviceLevelAgreements(customerId: $c,"
                    + " first: 100, after: $after) { edges { node { id productOfferingId startDate } }"
                    + " pageInfo { hasNextPage endCursor } } }", "c", riversideId(), "after", after).data()
                    .getJsonObject("serviceLevelAgreements");
            for (var edge : page.getJsonArray("edges")) {
                JsonObject node = edge.asJsonObject().getJsonObject("node");
                if (offering.equals(node.getString("productOfferingId"))
                        && java.time.OffsetDateTime.parse(node.getString("startDate")).isBefore(lastMonth)) {
                    return node.getString("id");
                }
            }
            if (!page.getJsonObject("pageInfo").getBoolean("hasNextPage")) {
                throw new AssertionError("no demo vm-standard agreement of Riverside in force last month");
            }
            after = page.getJsonObject("pageInfo").getString("endCursor");
        }
    }

    /** A fresh, valid tenant or user key, so that runs never collide. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void load() {
        for (var edge : GraphQL.as("sam", "{ customers(first: 100) { edges { node { id code } } } }").data()
                .getJsonObject("customers").getJsonArray("edges")) {
            JsonObject node = edge.asJsonObject().getJsonObject("node");
            switch (node.getString("code")) {
                case "riverside" -> riverside = node.getString("id");
                case "harbor" -> harbor = node.getString("id");
                default -> { }
            }
        }
        if (riverside == null || harbor == null) {
            throw new AssertionError("The demo customers riverside and harbor are missing");
        }
    }
}
