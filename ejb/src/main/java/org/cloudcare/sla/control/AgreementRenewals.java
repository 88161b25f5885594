package org.cloudcare.sla.control;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.persistence.Flush;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.sla.entity.AgreementStatus;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.ServiceLevelAgreementChanged;
import org.cloudcare.sla.entity.SlaAuditAction;

/**
 * Renews or expires one agreement whose term has ended, in a transaction of its own so that one agreement's failure
 * does not undo the others': the row is locked and read again (another instance may have moved it meanwhile), the
 * rule is {@link ServiceLevelAgreement#renewOrExpire}, and a change is audited, sent through the outbox
 * ({@link ServiceLevelAgreementChanged}) and written on the customer's history.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AgreementRenewals {

    /** Who the audit trail and the customer's history name for this scheduled work. */
    public static final String JOB = "agreement-lifecycle";

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The ids of active agreements whose term has ended at {@code now}, earliest first. */
    public List<String> due(Instant now, int max) {
        return em.createQuery("SELECT a.id FROM ServiceLevelAgreement a WHERE a.status = :active"
                + " AND a.expiryDate <= :now ORDER BY a.expiryDate, a.id", String.class)
                .setParameter("active", AgreementStatus.ACTIVE).setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setMaxResults(max).getResultList();
    }

    /** Renews or expires the agreement if its term has ended; returns whether it changed. */
    public boolean renewOrExpire(String agreementId) {
        ServiceLevelAgreement agreement = em.find(ServiceLevelAgreement.class, agreementId,
                LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null) {
            return false;
        }
        Instant now = clock.instant();
        String expiredOn = agreement.getExpiryDate().toString();
        if (!agreement.renewOrExpire(now)) {
            return false;
        }
        SlaAuditAction action = agreement.getStatus() == AgreementStatus.EXPIRED ? SlaAuditAction.AGREEMENT_EXPIRED
                : SlaAuditAction.AGREEMENT_RENEWED;
        String detail = action == SlaAuditAction.AGREEMENT_EXPIRED
                ? "term ended " + expiredOn + " without renewal"
                : "term ended " + expiredOn + "; renewed until " + agreement.getExpiryDate();
        audit.recordScheduled(JOB, action, agreement, detail);
        outbox.publish(ServiceLevelAgreementChanged.of(agreement, action, detail, JOB, Timestamps.at(now)));
        Customer customer = em.find(Customer.class, agreement.getCustomerId());
        em.persist(new Interaction(customer, InteractionChannel.PORTAL, InteractionDirection.OUTBOUND,
                action == SlaAuditAction.AGREEMENT_EXPIRED ? "Agreement expired" : "Agreement renewed",
                agreement.getName() + ": " + detail, JOB, clock)
                .about(ServiceLevelAgreement.TYPE, agreement.getId()));
        Flush.now(em, ServiceLevelAgreement.TYPE + " " + agreement.getId(), Map.of());
        return true;
    }
}
