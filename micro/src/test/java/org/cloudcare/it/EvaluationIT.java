package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.cloudcare.it.support.InTransaction;
import org.cloudcare.it.support.OldAgreements;
import org.cloudcare.platform.claim.Leases;
import org.cloudcare.platform.money.Money;
import org.cloudcare.platform.security.JobIdentity;
import org.cloudcare.sla.control.SlaEvaluationJob;
import org.cloudcare.sla.control.SlaEvaluationRunner;
import org.cloudcare.sla.control.SlaEvaluator;
import org.cloudcare.sla.entity.AvailabilityFigure;
import org.cloudcare.sla.entity.EvaluatedObjective;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.EvaluationRunState;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaEvaluationResult;
import org.cloudcare.sla.entity.SlaEvaluationRun;
import org.cloudcare.sla.entity.SlaViolation;
import org.cloudcare.sla.entity.ViolationStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly SLA evaluation on a real server and database (its set-based SQL on H2): agreements of Riverside virtual
 * machines (99.9 %, below 99 % a 25 % credit, 180 EUR a month each) that started years ago, with 11 hours down in the
 * month - ten one-hour down samples and an outage that began before the month - are evaluated by two runs racing for
 * the lease: one violation with its credit, one audit line, one outbox event, one interaction; a second pass gives the
 * same results and records nothing new; a run cut short resumes after the last agreement done, also when the
 * instance that held the lease died.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

    private static final Duration DOWN = Duration.ofHours(11);

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cloudcare.war"))
                .addClasses(EvaluationIT.class, InTransaction.class, OldAgreements.class);
    }

    @Inject
    InTransaction tx;

    @Inject
    SlaEvaluationRunner runner;

    @Inject
    SlaEvaluationJob job;

    @Inject
    Leases leases;

    @Inject
    SlaEvaluator evaluator;

    /** An agreement of a Riverside virtual machine (quantity 2) that started five years ago. */
    private String agreementOfAnOldSubscription() {
        Instant started = OffsetDateTime.now(ZoneOffset.UTC).minusYears(5).toInstant();
        return tx.apply(em -> OldAgreements.startedAt(em, "vm-standard", 2, started));
    }

    /** Eleven hours down in the month: an outage open since an hour before it, ten one-hour down samples. */
    private void elevenHoursDown(String agreementId, EvaluationPeriod period) {
        tx.apply(em -> {
            String subscription = em.find(ServiceLevelAgreement.class, agreementId).getSubscriptionId();
            String batch = "it-" + UUID.randomUUID();
            Instant start = period.start();
            int row = 0;
            for (int hour = 0; hour < 20; hour++) {
                Instant from = start.plus(Duration.ofDays(2)).plus(Duration.ofHours(hour));
                em.createNativeQuery("INSERT INTO sla_availability_sample (batch_id, row_index, subscription_id,"
                        + " interval_start, interval_end, available) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                        .setParameter(1, batch).setParameter(2, row++).setParameter(3, subscription)
                        .setParameter(4, from.atOffset(ZoneOffset.UTC))
                        .setParameter(5, from.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
                        .setParameter(6, hour >= 10).executeUpdate();
            }
            for (Object[] event : List.of(new Object[] {"START", start.minus(Duration.ofHours(1))},
                    new Object[] {"END", start.plus(Duration.ofHours(1))})) {
                em.createNativeQuery("INSERT INTO sla_outage_event (batch_id, row_index, subscription_id, kind,"
                        + " occurred_at) VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, batch).setParameter(2, row++)
                        .setParameter(3, subscription).setParameter(4, event[0])
                        .setParameter(5, ((Instant) event[1]).atOffset(ZoneOffset.UTC)).executeUpdate();
            }
            return null;
        });
    }

    private static BigDecimal expectedAvailability(EvaluationPeriod period) {
        long month = Duration.between(period.start(), period.end()).toMillis();
        return BigDecimal.valueOf(month - DOWN.toMillis()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(month), 4, RoundingMode.DOWN);
    }

    private long count(String jpql, String id) {
        return tx.apply(em -> em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult());
    }

    private List<SlaViolation> violations(String agreementId, EvaluationPeriod period) {
        return tx.apply(em -> em.createQuery("SELECT v FROM SlaViolation v WHERE v.agreementId = :id"
                + " AND v.period = :period", SlaViolation.class).setParameter("id", agreementId)
                .setParameter("period", period.toString()).getResultList());
    }

    private Map<EvaluatedObjective, String> results(String agreementId, EvaluationPeriod period) {
        return tx.apply(em -> em.createQuery("SELECT r FROM SlaEvaluationResult r WHERE r.agreementId = :id"
                + " AND r.period = :period", SlaEvaluationResult.class).setParameter("id", agreementId)
                .setParameter("period", period.toString()).getResultList().stream()
                .collect(Collectors.toMap(SlaEvaluationResult::getObjective, r -> r.getContractualValue() + "/"
                        + r.getDeliveredValue() + "/" + r.getMet() + "/" + r.getBasis())));
    }

    private void assertRecordedOnce(String violationId) {
        assertAnnounced(violationId, 1);
    }

    /** Recorded, revised or withdrawn {@code times} times: as many outbox events, audit lines and interactions. */
    private void assertAnnounced(String violationId, long times) {
        assertEquals(times, count("SELECT COUNT(e) FROM OutboxEntry e WHERE e.aggregateId = :id"
                + " AND e.type = 'sla.violation-recorded'", violationId), "outbox events");
        assertEquals(times, count("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityId = :id", violationId),
                "audit lines");
        assertEquals(times, count("SELECT COUNT(i) FROM Interaction i WHERE i.relatedEntityId = :id", violationId),
                "interactions");
    }

    private SlaEvaluationRun asJob(EvaluationPeriod period, boolean again, int chunk, int chunks) {
        return JobIdentity.as(SlaEvaluationJob.JOB, () -> runner.run(period, again, chunk, chunks));
    }

    @Test
    void twoRunsRacingEvaluateTheMonthOnceWithOneViolationAndItsCredit() throws Exception {
        EvaluationPeriod lastMonth = EvaluationPeriod.of(Instant.now()).previous();
        String agreementId = agreementOfAnOldSubscription();
        elevenHoursDown(agreementId, lastMonth);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SlaEvaluationRun>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return asJob(lastMonth, false, 2, Integer.MAX_VALUE);
                }));
            }
            start.countDown();
            for (Future<SlaEvaluationRun> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        SlaEvaluationRun run = job.closePreviousMonth();
        assertEquals(EvaluationRunState.COMPLETED, run.getState());
        assertEquals(1, run.getPasses(), "one run did the month; the job found it completed");
        assertEquals(run.getAgreementsTotal(), run.getAgreementsDone());
        List<SlaViolation> violations = violations(agreementId, lastMonth);
        assertEquals(1, violations.size(), violations.toString());
        SlaViolation violation = violations.get(0);
        assertEquals(EvaluatedObjective.AVAILABILITY, violation.getObjective());
        assertEquals(0, new BigDecimal("99.9").compareTo(violation.getContractualValue()));
        assertEquals(expectedAvailability(lastMonth), violation.getDeliveredValue());
        assertEquals(0, new BigDecimal("25").compareTo(violation.getCreditPercent()));
        assertEquals(Money.of("credit", new BigDecimal("90.00"), "EUR"), violation.getCredit());
        assertEquals(ViolationStatus.PENDING_BILLING, violation.getStatus());
        assertEquals(SlaEvaluationJob.JOB, violation.getRecordedBy());
        assertRecordedOnce(violation.getId());
        Map<EvaluatedObjective, String> first = results(agreementId, lastMonth);
        // only availability was measured (no tickets, samples or orders): the one result row stored
        assertEquals(Set.of(EvaluatedObjective.AVAILABILITY), first.keySet(), first.toString());

        SlaEvaluationRun again = asJob(lastMonth, true, 2, Integer.MAX_VALUE);

        assertEquals(EvaluationRunState.COMPLETED, again.getState());
        assertEquals(2, again.getPasses());
        assertEquals(first, results(agreementId, lastMonth), "the same results for the same data");
        assertEquals(List.of(violation.getId()), violations(agreementId, lastMonth).stream()
                .map(SlaViolation::getId).toList(), "no second violation");
        assertRecordedOnce(violation.getId());
    }

    @Test
    void aPassThatNoLongerFindsTheMissWithdrawsTheViolationAndALaterMissReinstatesIt() {
        EvaluationPeriod threeMonthsAgo = EvaluationPeriod.of(Instant.now()).previous().previous().previous();
        String agreementId = agreementOfAnOldSubscription();
        elevenHoursDown(agreementId, threeMonthsAgo);
        asJob(threeMonthsAgo, true, 50, Integer.MAX_VALUE);
        SlaViolation recorded = violations(agreementId, threeMonthsAgo).get(0);
        assertAnnounced(recorded.getId(), 1);

        // an operator corrects the monitoring data: the samples and events of the subscription were wrong
        tx.apply(em -> {
            String subscription = em.find(ServiceLevelAgreement.class, agreementId).getSubscriptionId();
            for (String table : List.of("sla_availability_sample", "sla_outage_event")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE subscription_id = ?1")
                        .setParameter(1, subscription).executeUpdate();
            }
            return null;
        });
        asJob(threeMonthsAgo, true, 50, Integer.MAX_VALUE);

        SlaViolation withdrawn = violations(agreementId, threeMonthsAgo).get(0);
        assertEquals(recorded.getId(), withdrawn.getId());
        assertEquals(ViolationStatus.WITHDRAWN, withdrawn.getStatus());
        assertNotNull(withdrawn.getWithdrawnAt());
        assertTrue(withdrawn.getWithdrawalReason().contains("delivered 100"), withdrawn.getWithdrawalReason());
        assertAnnounced(recorded.getId(), 2);
        asJob(threeMonthsAgo, true, 50, Integer.MAX_VALUE);
        assertAnnounced(recorded.getId(), 2); // withdrawn once

        elevenHoursDown(agreementId, threeMonthsAgo);
        asJob(threeMonthsAgo, true, 50, Integer.MAX_VALUE);

        SlaViolation again = violations(agreementId, threeMonthsAgo).get(0);
        assertEquals(ViolationStatus.PENDING_BILLING, again.getStatus());
        assertNull(again.getWithdrawnAt());
        assertEquals(expectedAvailability(threeMonthsAgo), again.getDeliveredValue());
        assertAnnounced(recorded.getId(), 3);
    }

    @Test
    void aRunCutShortResumesAfterTheLastAgreementDoneAlsoWhenItsInstanceDied() {
        EvaluationPeriod twoMonthsAgo = EvaluationPeriod.of(Instant.now()).previous().previous();
        List<String> ours = List.of(agreementOfAnOldSubscription(), agreementOfAnOldSubscription(),
                agreementOfAnOldSubscription());
        ours.forEach(id -> elevenHoursDown(id, twoMonthsAgo));

        SlaEvaluationRun cut = asJob(twoMonthsAgo, false, 1, 1);

        assertEquals(EvaluationRunState.RUNNING, cut.getState());
        assertEquals(1, cut.getAgreementsDone());
        assertTrue(cut.getAgreementsTotal() >= 3, "total " + cut.getAgreementsTotal());
        String firstDone = cut.getLastAgreementId();
        assertNotNull(firstDone);
        OffsetDateTime firstEvaluatedAt = tx.apply(em -> em.createQuery("SELECT MIN(r.evaluatedAt) FROM"
                + " SlaEvaluationResult r WHERE r.agreementId = :id AND r.period = :period", OffsetDateTime.class)
                .setParameter("id", firstDone).setParameter("period", twoMonthsAgo.toString()).getSingleResult());
        assertNotNull(firstEvaluatedAt);
        for (String id : ours) {
            if (id.compareTo(firstDone) > 0) {
                assertEquals(Map.of(), results(id, twoMonthsAgo), "not evaluated yet: " + id);
            }
        }

        // an instance took the lease and died: while its lease holds nobody goes on, once it ran out the run resumes
        var dead = leases.tryAcquire(SlaEvaluationRunner.leaseKey(twoMonthsAgo), "dead-instance",
                Duration.ofSeconds(2), OffsetDateTime.now(ZoneOffset.UTC));
        assertTrue(dead.isPresent());
        SlaEvaluationRun blocked = asJob(twoMonthsAgo, false, 1, Integer.MAX_VALUE);
        assertEquals(1, blocked.getAgreementsDone(), "the lease of another instance holds");
        sleep(Duration.ofSeconds(3));

        SlaEvaluationRun resumed = asJob(twoMonthsAgo, false, 1, Integer.MAX_VALUE);

        assertEquals(EvaluationRunState.COMPLETED, resumed.getState());
        assertEquals(resumed.getAgreementsTotal(), resumed.getAgreementsDone());
        assertEquals(1, resumed.getPasses());
        assertEquals(firstEvaluatedAt, tx.apply(em -> em.createQuery("SELECT MIN(r.evaluatedAt) FROM"
                + " SlaEvaluationResult r WHERE r.agreementId = :id AND r.period = :period", OffsetDateTime.class)
                .setParameter("id", firstDone).setParameter("period", twoMonthsAgo.toString()).getSingleResult()),
                "the agreement done before the stop was not evaluated again");
        for (String id : ours) {
            assertEquals(Set.of(EvaluatedObjective.AVAILABILITY), results(id, twoMonthsAgo).keySet());
            assertEquals(1, violations(id, twoMonthsAgo).size());
        }
        assertNull(tx.apply(em -> em.find(SlaEvaluationRun.class, "1999-01")));
    }

    @Test
    void theDailyTrendSplitsTheMonthsDowntimeByDayAndAddsUpToTheMonthlyFigure() {
        EvaluationPeriod last = EvaluationPeriod.of(Instant.now()).previous();
        String agreementId = agreementOfAnOldSubscription();
        elevenHoursDown(agreementId, last);

        List<AvailabilityFigure> days = tx.apply(em -> evaluator.dailyAvailability(
                em.find(ServiceLevelAgreement.class, agreementId), last, Instant.now()));
        AvailabilityFigure month = tx.apply(em -> evaluator.assess(List.of(em.find(ServiceLevelAgreement.class,
                agreementId)), last, Instant.now()).get(agreementId).availability());

        assertEquals(last.month().lengthOfMonth(), days.size(), "one figure per day of the month");
        assertEquals(Duration.ofHours(1), days.get(0).down(), "the outage open before the month: its first hour");
        assertEquals(Duration.ofHours(10), days.get(2).down(), "ten one-hour down samples on the 3rd");
        assertEquals(new BigDecimal("58.3333"), days.get(2).percent());
        assertEquals(DOWN, days.stream().map(AvailabilityFigure::down).reduce(Duration.ZERO, Duration::plus));
        assertEquals(expectedAvailability(last), month.percent(), "the read-only assessment is the evaluation's");
        assertEquals(0, count("SELECT COUNT(r) FROM SlaEvaluationResult r WHERE r.agreementId = :id", agreementId),
                "reading the trend and the status writes nothing");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
