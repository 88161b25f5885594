package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.it.support.InTransaction;
import org.cloudcare.it.support.OldAgreements;
import org.cloudcare.sla.control.AgreementLifecycleJob;
import org.cloudcare.sla.entity.AgreementStatus;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agreement lifecycle job on a real server and database: an agreement of a Riverside subscription that started
 * five years ago has passed its expiry date; two runs racing move it once (renewed to a term ending in the future, or
 * expired, as its template says), with one audit line, one interaction and one outbox event, and a later run finds
 * nothing left to do. An agreement whose expiry notice date has come gets its notice once from two racing runs, kept
 * on the agreement, so later runs (on any instance, after any restart) do not send it again.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementLifecycleIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cloudcare.war"))
                .addClasses(AgreementLifecycleIT.class, InTransaction.class, OldAgreements.class);
    }

    @Inject
    InTransaction tx;

    @Inject
    AgreementLifecycleJob job;

    private String agreementDue(String offeringCode) {
        return agreementStarted(offeringCode, OffsetDateTime.now(ZoneOffset.UTC).minusYears(5));
    }

    /** An agreement whose term ends in half its notice period: the notice date has come, the expiry date not. */
    private String agreementInItsNoticePeriod(String offeringCode) {
        var terms = tx.apply(em -> em.createQuery("SELECT o FROM ProductOffering o WHERE o.code = :code",
                ProductOffering.class).setParameter("code", offeringCode).getSingleResult().getSlaTemplate().terms());
        return agreementStarted(offeringCode, OffsetDateTime.now(ZoneOffset.UTC).minusMonths(terms.termMonths())
                .plusDays(terms.expiryNoticeDays() / 2));
    }

    private String agreementStarted(String offeringCode, OffsetDateTime startedAt) {
        return tx.apply(em -> OldAgreements.startedAt(em, offeringCode, 1, startedAt.toInstant()));
    }

    private long count(String jpql, String agreementId) {
        return tx.apply(em -> em.createQuery(jpql, Long.class).setParameter("id", agreementId).getSingleResult());
    }

    private void assertRecordedOnce(String agreementId) {
        assertEquals(1, count("SELECT COUNT(e) FROM OutboxEntry e WHERE e.aggregateId = :id"
                + " AND e.type = 'sla.agreement-changed'", agreementId), "one outbox event");
        assertEquals(1, count("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityId = :id AND a.action IN"
                + " ('AGREEMENT_RENEWED', 'AGREEMENT_EXPIRED')", agreementId), "one audit line");
        assertEquals(1, count("SELECT COUNT(i) FROM Interaction i WHERE i.relatedEntityId = :id", agreementId),
                "one interaction");
    }

    /** Two runs of the job started at once, as two instances' timers would; what each returned. */
    private List<Integer> twoRacingRuns() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> changed = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.runOnce();
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                changed.add(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return changed;
    }

    @Test
    void twoRunsRacingRenewOrExpireADueAgreementOnce() throws Exception {
        String agreementId = agreementDue("vm-standard");

        List<Integer> changed = twoRacingRuns();

        assertTrue(changed.stream().mapToInt(Integer::intValue).sum() >= 1, "changed " + changed);
        tx.apply(em -> {
            ServiceLevelAgreement agreement = em.find(ServiceLevelAgreement.class, agreementId);
            if (agreement.getStatus() == AgreementStatus.ACTIVE) {
                assertTrue(agreement.getExpiryDate().toInstant().isAfter(Instant.now()), "renewed into the future");
                assertEquals(agreement.getExpiryDate(), agreement.getRenewalDate());
            } else {
                assertEquals(AgreementStatus.EXPIRED, agreement.getStatus());
                assertEquals(agreement.getExpiryDate(), agreement.getEndedAt());
            }
            return null;
        });
        assertRecordedOnce(agreementId);

        job.runOnce();
        assertRecordedOnce(agreementId);
    }

    @Test
    void twoRunsRacingSendTheExpiryNoticeOnceAndLaterRunsNeverAgain() throws Exception {
        String agreementId = agreementInItsNoticePeriod("postgresql-managed");

        List<Integer> changed = twoRacingRuns();

        assertTrue(changed.stream().mapToInt(Integer::intValue).sum() >= 1, "changed " + changed);
        OffsetDateTime sentAt = tx.apply(em -> {
            ServiceLevelAgreement agreement = em.find(ServiceLevelAgreement.class, agreementId);
            assertEquals(AgreementStatus.ACTIVE, agreement.getStatus(), "the term goes on");
            assertTrue(agreement.getExpiryNoticeSentAt() != null, "the notice is kept on the agreement");
            return agreement.getExpiryNoticeSentAt();
        });
        assertNoticeSentOnce(agreementId);

        job.runOnce();
        assertNoticeSentOnce(agreementId);
        assertEquals(sentAt, tx.apply(em -> em.find(ServiceLevelAgreement.class, agreementId)
                .getExpiryNoticeSentAt()));
    }

    private void assertNoticeSentOnce(String agreementId) {
        assertEquals(1, count("SELECT COUNT(e) FROM OutboxEntry e WHERE e.aggregateId = :id"
                + " AND e.type = 'sla.agreement-expiry-notice'", agreementId), "one outbox event");
        assertEquals(0, count("SELECT COUNT(e) FROM OutboxEntry e WHERE e.aggregateId = :id"
                + " AND e.type = 'sla.agreement-changed'", agreementId), "no renewal or expiry");
        assertEquals(1, count("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityId = :id"
                + " AND a.action = 'AGREEMENT_EXPIRY_NOTICE_SENT'", agreementId), "one audit line");
        assertEquals(1, count("SELECT COUNT(i) FROM Interaction i WHERE i.relatedEntityId = :id"
                + " AND i.subject = 'Agreement expiry notice'", agreementId), "one interaction");
    }
}
