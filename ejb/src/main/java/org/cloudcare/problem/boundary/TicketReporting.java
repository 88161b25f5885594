package org.cloudcare.problem.boundary;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Reasons;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;

/**
 * Trouble ticket reporting (ISO/IEC 10.1.2.1 reporting, ISO/TS 23535 5.2.8 and 5.5): time to acknowledge and to
 * repair, the share within target, the backlog per status and the customer contact performance, per customer,
 * offering, priority or month of reception. Everything is aggregated in the database (two GROUP BY queries, whatever
 * the number of tickets). A customer's administrator and business manager see their own customer's figures, provider
 * staff every customer's; a customer's plain user gets none (management information, like orders and agreements).
 * <p>
 * "Within target" means the deadline was never escalated: the escalation job records each passed deadline once.
 */
@Stateless
@CheckedInput
public class TicketReporting {

    /** How the figures are grouped. */
    public enum Grouping {
        CUSTOMER("t.tenant"),
        OFFERING("s.product_offering_id"),
        PRIORITY("t.target_priority"),
        MONTH("CAST(EXTRACT(YEAR FROM t.received_at) * 100 + EXTRACT(MONTH FROM t.received_at) AS INTEGER)");

        private final String key;

        Grouping(String key) {
            this.key = key;
        }
    }

    /** The longest period one report covers. */
    static final long MAX_DAYS = 3660;

    private static final String RESPONSE = "(EXTRACT(EPOCH FROM t.responded_at) - EXTRACT(EPOCH FROM t.received_at))"
            + " / 60.0";
    private static final String REPAIR = "(EXTRACT(EPOCH FROM t.resolved_at) - EXTRACT(EPOCH FROM t.received_at))"
            + " / 60.0";
    private static final String REPAIRED = "t.kind = 'INCIDENT' AND t.resolved_at IS NOT NULL";

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    TenantScope scope;

    /**
     * The figures of the tickets received from {@code from} (inclusive) to {@code to} (exclusive), of one customer or
     * (staff) of all, one row per group in the order of the group key.
     */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<TicketFigures> troubleTicketStatistics(String customerId, OffsetDateTime from, OffsetDateTime to,
            Grouping groupBy) {
        Reasons reasons = periodReasons(from, to);
        if (groupBy == null) {
            reasons.add("groupBy", "Say how the figures are grouped.");
        }
        reasons.throwIfAny("The report was refused.");
        String tenant = scope.filter().tenant().orElse(null);
        if (customerId != null && !customerId.isBlank()) {
            Customer customer = customerId.length() > 36 ? null : em.find(Customer.class, customerId.strip());
            if (customer == null || !scope.filter().admits(customer.getTenant())) {
                throw CloudCareException.notFound(Customer.class.getSimpleName(), customerId);
            }
            tenant = customer.getTenant();
        }
        String where = " FROM trouble_ticket t JOIN subscription s ON s.id = t.subscription_id"
                + " WHERE t.received_at >= ?1 AND t.received_at < ?2" + (tenant == null ? "" : " AND t.tenant = ?3");
        String key = groupBy.key;
        Query figures = em.createNativeQuery("SELECT " + key + " AS grp, COUNT(*),"
                + " COUNT(t.responded_at), AVG(" + RESPONSE + "),"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + RESPONSE + "),"
                + " SUM(CASE WHEN " + REPAIRED + " THEN 1 ELSE 0 END),"
                + " AVG(CASE WHEN " + REPAIRED + " THEN " + REPAIR + " END),"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CASE WHEN " + REPAIRED + " THEN " + REPAIR + " END),"
                + " SUM(CASE WHEN t.responded_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM trouble_ticket_escalation e"
                + " WHERE e.ticket_id = t.id AND e.deadline_kind = 'RESPONSE') THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + REPAIRED + " AND NOT EXISTS (SELECT 1 FROM trouble_ticket_escalation e"
                + " WHERE e.ticket_id = t.id AND e.deadline_kind = 'REPAIR') THEN 1 ELSE 0 END),"
                + " AVG(CASE WHEN t.kind = 'INFORMATION_REQUEST' THEN " + RESPONSE + " END)"
                + where + " GROUP BY " + key + " ORDER BY " + key);
        Query backlog = em.createNativeQuery("SELECT " + key + " AS grp, t.status, COUNT(*)" + where
                + " GROUP BY " + key + ", t.status");
        for (Query query : List.of(figures, backlog)) {
            query.setParameter(1, from).setParameter(2, to);
            if (tenant != null) {
                query.setParameter(3, tenant);
            }
        }
        Map<String, Map<String, Long>> statuses = new TreeMap<>();
        for (Object row : backlog.getResultList()) {
            Object[] columns = (Object[]) row;
            statuses.computeIfAbsent(group(groupBy, columns[0]), g -> new TreeMap<>())
                    .put(String.valueOf(columns[1]), number(columns[2]).longValue());
        }
        List<TicketFigures> result = new ArrayList<>();
        for (Object row : figures.getResultList()) {
            Object[] c = (Object[]) row;
            String group = group(groupBy, c[0]);
            long acknowledged = number(c[2]).longValue();
            long repaired = number(c[5]).longValue();
            result.add(new TicketFigures(group, number(c[1]).longValue(), acknowledged, minutes(c[3]),
                    minutes(c[4]), repaired, minutes(c[6]), minutes(c[7]), percent(c[8], acknowledged),
                    percent(c[9], repaired), minutes(c[10]),
                    new LinkedHashMap<>(statuses.getOrDefault(group, Map.of()))));
        }
        return result;
    }

    /**
     * The satisfaction ratings of one customer's tickets closed (and rated) from {@code from} (inclusive) to
     * {@code to} (exclusive): one GROUP BY over the scores. The same readers as the other figures.
     */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public SatisfactionFigures satisfaction(String customerId, OffsetDateTime from, OffsetDateTime to) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, customerId);
        periodReasons(from, to).throwIfAny("The report was refused.");
        Map<Integer, Long> counts = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT t.satisfaction_score, COUNT(*) FROM trouble_ticket t"
                + " WHERE t.tenant = ?1 AND t.status = 'CLOSED' AND t.satisfaction_score IS NOT NULL"
                + " AND t.satisfaction_rated_at >= ?2 AND t.satisfaction_rated_at < ?3 GROUP BY t.satisfaction_score")
                .setParameter(1, customer.getTenant()).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(number(columns[0]).intValue(), number(columns[1]).longValue());
        }
        return SatisfactionFigures.of(counts);
    }

    /** What is wrong with a report period [from, to): missing ends, not running forwards, or too long. */
    private static Reasons periodReasons(OffsetDateTime from, OffsetDateTime to) {
        Reasons reasons = new Reasons();
        if (from == null) {
            reasons.add("from", "The period needs a start.");
        }
        if (to == null) {
            reasons.add("to", "The period needs an end.");
        } else if (from != null && !to.isAfter(from)) {
            reasons.add("to", "The end of the period must come after its start.");
        } else if (from != null && from.plusDays(MAX_DAYS).isBefore(to)) {
            reasons.add("to", "A period covers at most " + MAX_DAYS + " days.");
        }
        return reasons;
    }

    private static String group(Grouping groupBy, Object key) {
        if (groupBy == Grouping.MONTH) {
            int month = number(key).intValue();
            return String.format("%04d-%02d", month / 100, month % 100);
        }
        return String.valueOf(key);
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    /** Minutes to one decimal. */
    private static Double minutes(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }

    private static Double percent(Object within, long of) {
        return of == 0 ? null : Math.round(number(within).doubleValue() * 1000 / of) / 10.0;
    }
}
