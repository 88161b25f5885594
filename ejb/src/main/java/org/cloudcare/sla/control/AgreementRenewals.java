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
import org.cloudcare.sla.entity.AgreementExpiryNotice;
import org.cloudcare.sla.entity.AgreementStatus;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.ServiceLevelAgreementChanged;
import org.cloudcare.sla.entity.SlaAuditAction;

/**
 * Renews or expires one agreement whose term has ended, or sends the notice that its term ends, each in a transaction
 * of its own so that one agreement's failure does not undo the others': the row is locked and read again (another
 * instance may have moved it meanwhile), the rules are {@link ServiceLevelAgreement#renewOrExpire} and
 * {@link ServiceLevelAgreement#sendExpiryNotice}, and a change is audited, sent through the outbox
 * ({@link ServiceLevelAgreementChanged}, {@link AgreementExpiryNotice}) and written on the customer's history.
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

    /**
     * The ids of active agreements whose expiry notice date has come at {@code now} and whose notice for the current
     * term was not sent, earliest first.
     */
    public List<String> noticeDue(Instant now, int max) {
        return em.createQuery("SELECT a.id FROM ServiceLevelAgreement a WHERE a.status = :active"
                + " AND a.expiryNoticeDate <= :now AND a.expiryDate > :now AND a.expiryNoticeSentAt IS NULL"
                + " ORDER BY a.expiryNoticeDate, a.id",
                String.class)
                .setParameter("active", AgreementStatus.ACTIVE).setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setMaxResults(max).getResultList();
    }

    /**
     * Sends the expiry notice of the agreement's current term if it is due and not sent yet; returns whether it was
     * sent. The notice is kept on the agreement, audited, written on the customer's history and published for the
     * customer's administrators and business managers ({@link AgreementExpiryNotice}).
     */
    public boolean sendExpiryNotice(String agreementId) {
        ServiceLevelAgreement agreement = em.find(ServiceLevelAgreement.class, agreementId,
                LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (agreement == null || !agreement.sendExpiryNotice(now)) {
            return false;
        }
        String detail = agreement.getRenewalDate() != null
                ? "the term ends " + agreement.getExpiryDate() + " and renews automatically for another "
                        + agreement.effectiveTerms().termMonths() + " month(s) unless it is ended before"
                : "the term ends " + agreement.getExpiryDate() + " and the agreement expires then unless a new one"
                        + " is agreed";
        audit.recordScheduled(JOB, SlaAuditAction.AGREEMENT_EXPIRY_NOTICE_SENT, agreement, detail);
        outbox.publish(AgreementExpiryNotice.of(agreement, detail));
        remember(agreement, "Agreement expiry notice", detail);
        return true;
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
        remember(agreement, action == SlaAuditAction.AGREEMENT_EXPIRED ? "Agreement expired" : "Agreement renewed",
                detail);
        return true;
    }

    /** What the customer is told, on its interaction history; the change is written before the transaction ends. */
    private void remember(ServiceLevelAgreement agreement, String subject, String detail) {
        Customer customer = em.find(Customer.class, agreement.getCustomerId());
        em.persist(new Interaction(customer, InteractionChannel.PORTAL, InteractionDirection.OUTBOUND, subject,
                agreement.getName() + ": " + detail, JOB, clock)
                .about(ServiceLevelAgreement.TYPE, agreement.getId()));
        Flush.now(em, ServiceLevelAgreement.TYPE + " " + agreement.getId(), Map.of());
    }
}
