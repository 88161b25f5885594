package org.cloudcare.it.fuzz;

import java.util.List;

import jakarta.json.JsonObject;

import org.cloudcare.it.support.GraphQL;

/**
 * How many customers and audit lines there are, as support (csp-support) sees them: all of them. Every CloudCare
 * change writes an audit line, so an unchanged audit count says a refused request wrote nothing.
 */
public record RowCounts(long customers, long auditLines) {

    private static final String QUERY = "{ customers(first: 0) { totalCount } auditTrail(first: 0) { totalCount } }";

    public static RowCounts now() {
        JsonObject data = GraphQL.as("sam", QUERY).data();
        return new RowCounts(data.getJsonObject("customers").getJsonNumber("totalCount").longValue(),
                data.getJsonObject("auditTrail").getJsonNumber("totalCount").longValue());
    }

    /** The newest audit lines (at most 20) as "action entityType entityId by actor". */
    public static List<String> newestAuditLines(long count) {
        int first = (int) Math.max(1, Math.min(20, count));
        return GraphQL.as("sam", "{ auditTrail(first: " + first + ") { edges { node { action entityType entityId"
                + " actor } } } }").data().getJsonObject("auditTrail").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node"))
                .map(node -> node.getString("action") + " " + node.getString("entityType") + " "
                        + node.getString("entityId") + " by " + node.getString("actor"))
                .toList();
    }

    @Override
    public String toString() {
        return customers + " customers, " + auditLines + " audit lines";
    }
}
