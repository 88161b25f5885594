package org.cloudcare.problem.control;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.cloudcare.sla.entity.AgreementStatus;
import org.cloudcare.sla.entity.ServiceLevelAgreement;

/**
 * Where a ticket's timers get their targets: the customer's cloud service agreement for the ticket's subscription. The
 * terms are the {@link ServiceLevelAgreement#effectiveTerms() effective terms} of the subscription's active agreement
 * (the template's copy with every negotiated override); the support hours come from the subscription's offering, as the
 * agreement does not copy them. A subscription without an active agreement has no targets. Everything is read with one
 * query per kind for any number of subscriptions, so a queue page costs the same for 1 or 100 tickets.
 */
@Dependent
public class TicketTerms {

    /**
     * The terms and support hours that hold for one subscription.
     *
     * @param negotiatedResponse the agreement's target response time when it was negotiated away from the template's,
     *                           else null: it caps every priority's response time (the customer was promised a first
     *                           answer within it)
     */
    public record Agreed(String agreementId, SlaTerms terms, org.cloudcare.catalog.entity.SupportHours supportHours,
            Duration negotiatedResponse) {

        public Agreed(SlaTerms terms, org.cloudcare.catalog.entity.SupportHours supportHours) {
            this(null, terms, supportHours, null);
        }
    }

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    /** The targets of one subscription; null when nothing agreed gives it targets (no active agreement). */
    public TicketTargets of(String subscriptionId) {
        return of(Set.of(subscriptionId)).get(subscriptionId);
    }

    /** The targets of several subscriptions in one query; a subscription without targets is missing from the map. */
    public Map<String, TicketTargets> of(Collection<String> subscriptionIds) {
        Map<String, TicketTargets> targets = new HashMap<>();
        agreed(subscriptionIds).forEach((subscription, agreed) -> targets.put(subscription, targets(agreed)));
        return targets;
    }

    /** The id of the subscription's active agreement; null when it has none. */
    public String agreementOf(String subscriptionId) {
        Agreed agreed = agreed(Set.of(subscriptionId)).get(subscriptionId);
        return agreed == null ? null : agreed.agreementId();
    }

    /** The source of the terms: each subscription's active agreement, with its offering's support hours. */
    private Map<String, Agreed> agreed(Collection<String> subscriptionIds) {
        Map<String, Agreed> agreed = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return agreed;
        }
        // the agreements as entities of their own query: their batch-fetched collections need one (not a report query)
        List<ServiceLevelAgreement> agreements = em.createQuery("SELECT a FROM ServiceLevelAgreement a"
                + " WHERE a.subscriptionId IN :ids AND a.status = :active", ServiceLevelAgreement.class)
                .setParameter("ids", Set.copyOf(subscriptionIds)).setParameter("active", AgreementStatus.ACTIVE)
                .getResultList();
        if (agreements.isEmpty()) {
            return agreed;
        }
        Map<String, ProductOffering> offerings = new HashMap<>();
        em.createQuery("SELECT o FROM ProductOffering o WHERE o.id IN :ids", ProductOffering.class)
                .setParameter("ids", agreements.stream().map(ServiceLevelAgreement::getProductOfferingId)
                        .collect(Collectors.toSet())).getResultList()
                .forEach(offering -> offerings.put(offering.getId(), offering));
        for (ServiceLevelAgreement agreement : agreements) {
            ProductOffering offering = offerings.get(agreement.getProductOfferingId());
            if (offering != null && offering.getSupportHours() != null) {
                agreed.put(agreement.getSubscriptionId(), agreed(agreement, offering.getSupportHours()));
            }
        }
        return agreed;
    }

    /** One agreement's terms in force, with the offering's support hours. */
    static Agreed agreed(ServiceLevelAgreement agreement, org.cloudcare.catalog.entity.SupportHours supportHours) {
        SlaTerms terms = agreement.effectiveTerms();
        int negotiated = terms.targetResponseTimeMinutes();
        boolean changed = negotiated != agreement.templateTerms().targetResponseTimeMinutes();
        return new Agreed(agreement.getId(), terms, supportHours, changed ? Duration.ofMinutes(negotiated) : null);
    }

    /** The catalogue's terms as the problem area's targets: response and repair time per priority, support hours. */
    static TicketTargets targets(Agreed agreed) {
        Map<TicketPriority, TargetTimes> perPriority = new EnumMap<>(TicketPriority.class);
        for (IncidentTarget target : agreed.terms().incidentTargets()) {
            Duration response = agreed.negotiatedResponse() == null ? target.responseTime()
                    : min(target.responseTime(), agreed.negotiatedResponse());
            perPriority.put(priority(target.getPriority()), new TargetTimes(response,
                    target.repairTime()));
        }
        return new TicketTargets(supportHours(agreed.supportHours()), perPriority);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
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
