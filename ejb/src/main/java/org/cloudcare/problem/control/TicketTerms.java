package org.cloudcare.problem.control;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.catalog.entity.IncidentPriority;
import org.cloudcare.catalog.entity.IncidentTarget;
import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.problem.entity.SupportHours;
import org.cloudcare.problem.entity.TargetTimes;
import org.cloudcare.problem.entity.TicketPriority;
import org.cloudcare.problem.entity.TicketTargets;

/**
 * Where a ticket's timers get their targets: the {@link SlaTerms} and support hours that apply to the ticket's
 * subscription. Today they come from the SLA template of the subscription's product offering (the catalogue); once the
 * agreement area provides the customer's effective terms, {@link #agreed} reads them from there instead - the only
 * line to change. Everything else (the conversion into the problem area's {@link TicketTargets}) stays.
 */
@Dependent
public class TicketTerms {

    /** The terms and support hours that hold for one subscription. */
    public record Agreed(SlaTerms terms, org.cloudcare.catalog.entity.SupportHours supportHours) {
    }

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    /** The targets of one subscription; null when nothing agreed gives it targets (no SLA template). */
    public TicketTargets of(String subscriptionId) {
        return of(Set.of(subscriptionId)).get(subscriptionId);
    }

    /** The targets of several subscriptions in one query; a subscription without targets is missing from the map. */
    public Map<String, TicketTargets> of(Collection<String> subscriptionIds) {
        Map<String, TicketTargets> targets = new HashMap<>();
        agreed(subscriptionIds).forEach((subscription, agreed) -> targets.put(subscription, targets(agreed)));
        return targets;
    }

    /** The source of the terms: the SLA template of each subscription's offering. */
    private Map<String, Agreed> agreed(Collection<String> subscriptionIds) {
        Map<String, Agreed> agreed = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return agreed;
        }
        Map<String, String> offeringOf = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.id, s.productOfferingId FROM Subscription s WHERE s.id IN :ids"
                + " AND s.productOfferingId IS NOT NULL", Object[].class).setParameter("ids", Set.copyOf(subscriptionIds))
                .getResultList()) {
            offeringOf.put((String) row[0], (String) row[1]);
        }
        if (offeringOf.isEmpty()) {
            return agreed;
        }
        // the offerings as entities of their own query: their batch-fetched collections need one
        Map<String, ProductOffering> offerings = new HashMap<>();
        em.createQuery("SELECT o FROM ProductOffering o WHERE o.id IN :ids", ProductOffering.class)
                .setParameter("ids", Set.copyOf(offeringOf.values())).getResultList()
                .forEach(offering -> offerings.put(offering.getId(), offering));
        offeringOf.forEach((subscription, offeringId) -> {
            ProductOffering offering = offerings.get(offeringId);
            if (offering != null && offering.getSlaTemplate() != null && offering.getSupportHours() != null) {
                agreed.put(subscription, new Agreed(offering.getSlaTemplate().terms(), offering.getSupportHours()));
            }
        });
        return agreed;
    }

    /** The catalogue's terms as the problem area's targets: response and repair time per priority, support hours. */
    static TicketTargets targets(Agreed agreed) {
        Map<TicketPriority, TargetTimes> perPriority = new EnumMap<>(TicketPriority.class);
        for (IncidentTarget target : agreed.terms().incidentTargets()) {
            perPriority.put(priority(target.getPriority()), new TargetTimes(target.responseTime(),
                    target.repairTime()));
        }
        return new TicketTargets(supportHours(agreed.supportHours()), perPriority);
    }

    static SupportHours supportHours(org.cloudcare.catalog.entity.SupportHours hours) {
        if (hours.isAllHours()) {
            return SupportHours.aroundTheClock();
        }
        return SupportHours.weekly(ZoneId.of(hours.getTimeZone()), hours.getDays(), LocalTime.parse(hours.getFrom()),
                LocalTime.parse(hours.getTo()));
    }

    static TicketPriority priority(IncidentPriority priority) {
        return TicketPriority.valueOf(priority.name());
    }
}
