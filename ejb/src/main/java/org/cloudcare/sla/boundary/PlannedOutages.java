package org.cloudcare.sla.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.InvalidInput;
import org.cloudcare.platform.error.Reasons;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.input.LongText;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PagedQuery;
import org.cloudcare.platform.persistence.Flush;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.sla.entity.PlannedOutage;
import org.cloudcare.sla.entity.PlannedOutageAuditAction;
import org.cloudcare.sla.entity.PlannedOutageChanged;

/**
 * Planned outages (first part, ISO/TS 23535 5.2.6-5.2.7, eTOM 1.2.4.1): the provider's operations manager schedules
 * maintenance of offerings and/or subscriptions for a window - announced now, which decides whether the agreements'
 * notice is met ({@link org.cloudcare.sla.entity.PlannedWindow}) - and cancels it while it has not ended. Each change
 * is audited (provider-wide), sent through the outbox and written on the history of every customer with a subscription
 * concerned, in the same transaction.
 * <p>
 * <b>Who reads.</b> Provider staff all outages; a customer's users (any role: it is service status, like the SLA
 * status a plain user sees) only those that touch a subscription of their own customer. The monitoring account none.
 */
@Stateless
@CheckedInput
public class PlannedOutages {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    java.time.Clock clock;

    /**
     * Schedules an outage of the named offerings and subscriptions. Refusals, all at once, name {@code windowStart},
     * {@code windowEnd}, {@code description}, {@code productOfferingIds} or {@code subscriptionIds} (with the unknown
     * ids); nothing is stored then.
     */
    @RolesAllowed(Roles.CSP_OPERATIONS)
    public PlannedOutage schedulePlannedOutage(Set<String> productOfferingIds, Set<String> subscriptionIds,
            OffsetDateTime windowStart, OffsetDateTime windowEnd, @LongText String description) {
        Caller caller = callers.current();
        Instant now = clock.instant();
        Set<String> offerings = productOfferingIds == null ? Set.of() : new TreeSet<>(productOfferingIds);
        Set<String> subscriptions = subscriptionIds == null ? Set.of() : new TreeSet<>(subscriptionIds);
        Reasons reasons = new Reasons();
        unknown(reasons, "productOfferingIds", offerings, "SELECT o.id FROM ProductOffering o WHERE o.id IN :ids",
                ProductOffering.class.getSimpleName());
        unknown(reasons, "subscriptionIds", subscriptions, "SELECT s.id FROM Subscription s WHERE s.id IN :ids",
                Subscription.class.getSimpleName());
        PlannedOutage outage = null;
        try {
            outage = PlannedOutage.schedule(offerings, subscriptions, windowStart == null ? null
                    : windowStart.toInstant(), windowEnd == null ? null : windowEnd.toInstant(), description,
                    caller.username(), now);
        } catch (InvalidInput refused) {
            refused.reasons().forEach(reason -> reasons.add(reason.field(), reason.message()));
        }
        reasons.throwIfAny("The planned outage was refused.");
        em.persist(outage);
        announce(outage, PlannedOutageAuditAction.PLANNED_OUTAGE_SCHEDULED, "Planned outage scheduled",
                caller.username(), now);
        return outage;
    }

    /** Cancels a scheduled outage whose window has not ended (else CONFLICT), with the reason. */
    @RolesAllowed(Roles.CSP_OPERATIONS)
    public PlannedOutage cancelPlannedOutage(String id, @LongText String reason) {
        Caller caller = callers.current();
        PlannedOutage outage = id == null || id.length() > 36 ? null
                : em.find(PlannedOutage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (outage == null) {
            throw CloudCareException.notFound(PlannedOutage.TYPE, id);
        }
        Instant now = clock.instant();
        outage.cancel(reason, caller.username(), now);
        announce(outage, PlannedOutageAuditAction.PLANNED_OUTAGE_CANCELLED, "Planned outage cancelled",
                caller.username(), now);
        return outage;
    }

    /**
     * The outages whose window overlaps [{@code from}, {@code to}) (either may be left out), earliest first: all for
     * provider staff, for a customer's user those touching its own subscriptions.
     */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<Notice> plannedOutages(OffsetDateTime from, OffsetDateTime to, PageRequest page) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw CloudCareException.invalid("to", "The end of the period must come after its start.");
        }
        String tenant = callers.current().tenantFilter().tenant().orElse(null);
        Set<String> visible = null;
        if (tenant != null) {
            visible = new HashSet<>(em.createQuery("SELECT DISTINCT o.id FROM PlannedOutage o JOIN o.subscriptionIds"
                    + " named WHERE named IN (SELECT s.id FROM Subscription s WHERE s.tenant = :tenant)", String.class)
                    .setParameter("tenant", tenant).getResultList());
            visible.addAll(em.createQuery("SELECT DISTINCT o.id FROM PlannedOutage o JOIN o.productOfferingIds named"
                    + " WHERE named IN (SELECT s.productOfferingId FROM Subscription s WHERE s.tenant = :tenant)",
                    String.class).setParameter("tenant", tenant).getResultList());
        }
        Set<String> admitted = visible;
        Page<PlannedOutage> outages = PagedQuery.page(em, PlannedOutage.class, (cb, outage) -> {
            var conditions = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            if (from != null) {
                conditions.add(cb.greaterThan(outage.get("windowEnd"), from));
            }
            if (to != null) {
                conditions.add(cb.lessThan(outage.get("windowStart"), to));
            }
            if (admitted != null) {
                conditions.add(admitted.isEmpty() ? cb.disjunction() : outage.get("id").in(admitted));
            }
            return cb.and(conditions.toArray(jakarta.persistence.criteria.Predicate[]::new));
        }, (cb, outage) -> List.of(cb.asc(outage.get("windowStart")), cb.asc(outage.get("id"))), page);
        if (tenant == null) {
            return outages.map(outage -> new Notice(outage, List.copyOf(outage.getSubscriptionIds())));
        }
        Set<String> named = new HashSet<>();
        outages.items().forEach(outage -> named.addAll(outage.getSubscriptionIds()));
        Set<String> own = named.isEmpty() ? Set.of() : new HashSet<>(em.createQuery("SELECT s.id FROM Subscription s"
                + " WHERE s.tenant = :tenant AND s.id IN :ids", String.class).setParameter("tenant", tenant)
                .setParameter("ids", named).getResultList());
        return outages.map(outage -> new Notice(outage, outage.getSubscriptionIds().stream()
                .filter(own::contains).toList()));
    }

    /**
     * A planned outage as the caller may see it: for a customer's user, of the subscriptions it names only the
     * customer's own (another customer's subscription ids are none of its business); for staff all of them.
     */
    public record Notice(PlannedOutage outage, List<String> subscriptionIds) {
    }

    private void unknown(Reasons reasons, String field, Set<String> ids, String jpql, String what) {
        if (ids.isEmpty() || ids.size() > PlannedOutage.MAX_AFFECTED) {
            return;
        }
        Set<String> known = new HashSet<>(em.createQuery(jpql, String.class).setParameter("ids", ids)
                .getResultList());
        ids.stream().filter(id -> !known.contains(id)).sorted()
                .forEach(id -> reasons.add(field, "There is no " + what + " " + id + "."));
    }

    /** Audit, outbox and one interaction on the history of each customer with a subscription concerned. */
    private void announce(PlannedOutage outage, PlannedOutageAuditAction action, String subject, String actor,
            Instant now) {
        String detail = outage.getWindowStart() + " - " + outage.getWindowEnd() + ": " + outage.getDescription()
                + (outage.getCancellationReason() == null ? "" : " (cancelled: " + outage.getCancellationReason()
                        + ")");
        audit.recordProviderWide(action, outage.getId(), detail);
        outbox.publish(PlannedOutageChanged.of(outage, action, actor, Timestamps.at(now)));
        Set<String> subscriptions = outage.getSubscriptionIds().isEmpty() ? Set.of("")
                : outage.getSubscriptionIds();
        Set<String> offerings = outage.getProductOfferingIds().isEmpty() ? Set.of("")
                : outage.getProductOfferingIds();
        for (Customer customer : em.createQuery("SELECT DISTINCT c FROM Customer c, Subscription s"
                + " WHERE s.customerId = c.id AND (s.id IN :subscriptions OR s.productOfferingId IN :offerings)"
                + " ORDER BY c.id", Customer.class).setParameter("subscriptions", subscriptions)
                .setParameter("offerings", offerings).getResultList()) {
            em.persist(new Interaction(customer, InteractionChannel.PORTAL, InteractionDirection.OUTBOUND, subject,
                    detail, actor, clock).about(PlannedOutage.TYPE, outage.getId()));
        }
        Flush.now(em, PlannedOutage.TYPE + " " + outage.getId(), Map.of());
    }
}
