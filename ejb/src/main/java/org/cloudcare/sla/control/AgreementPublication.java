package org.cloudcare.sla.control;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.sla.entity.AgreementStatus;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.ServiceLevelAgreementChanged;
import org.cloudcare.sla.entity.SlaAuditAction;

/**
 * What publication into the inventory means for agreements, in the caller's transaction: a subscription that starts
 * gets the agreement of its offering's SLA template, and one that ends ends its agreement. Order fulfilment and the
 * demo data call it alike, so every agreement is made the same way. Order fulfilment then {@link #announce}s the
 * change (audit line and outbox event); the demo data's history is not news and is not announced.
 */
@Dependent
public class AgreementPublication {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    CallerContext callers;

    /**
     * Makes the agreement of a subscription that has just become active and records it on the subscription.
     *
     * @return the agreement, or null when the offering has no SLA template
     */
    public ServiceLevelAgreement started(Subscription subscription, Instant at) {
        ProductOffering offering = em.find(ProductOffering.class, subscription.getProductOfferingId());
        if (offering == null || offering.getSlaTemplate() == null) {
            return null;
        }
        ServiceLevelAgreement agreement = ServiceLevelAgreement.startFor(subscription, offering.getName(),
                offering.getSlaTemplate(), at);
        em.persist(agreement);
        subscription.deliverUnder(agreement.getId());
        return agreement;
    }

    /**
     * Terminates the agreement of a subscription that has ended, if it is still active.
     *
     * @return the agreement terminated, or null when there was none in force
     */
    public ServiceLevelAgreement ended(Subscription subscription, String reason, Instant at) {
        ServiceLevelAgreement agreement = subscription.getAgreementId() == null ? null
                : em.find(ServiceLevelAgreement.class, subscription.getAgreementId());
        if (agreement == null || agreement.getStatus() != AgreementStatus.ACTIVE) {
            return null;
        }
        agreement.terminate(reason, at);
        return agreement;
    }

    /**
     * The subscription's data moved to its new region with the customer's consent: the agreement's data location
     * follows, recorded on the agreement (who, when) and announced.
     *
     * @return the agreement relocated, or null when there was none in force or its location was already the region
     */
    public ServiceLevelAgreement relocated(Subscription subscription, String consentBy, OffsetDateTime consentAt, Instant at) {
        ServiceLevelAgreement agreement = subscription.getAgreementId() == null ? null
                : em.find(ServiceLevelAgreement.class, subscription.getAgreementId());
        if (agreement == null || agreement.getStatus() != AgreementStatus.ACTIVE
                || !agreement.relocate(subscription.getRegion(), callers.current().username(), at)) {
            return null;
        }
        announce(agreement, SlaAuditAction.AGREEMENT_RELOCATED, "data location moved to " + subscription.getRegion()
                + " for subscription " + subscription.getId() + "; customer consent by " + consentBy + " at "
                + consentAt, at);
        return agreement;
    }

    /**
     * Tells of a change of an agreement made by the caller: an audit line and a {@link ServiceLevelAgreementChanged}
     * event in the outbox, in the caller's transaction.
     */
    public void announce(ServiceLevelAgreement agreement, SlaAuditAction change, String detail, Instant at) {
        audit.record(change, agreement, detail);
        outbox.publish(ServiceLevelAgreementChanged.of(agreement, change, detail, callers.current().username(),
                Timestamps.at(at)));
    }
}
