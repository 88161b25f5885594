package org.cloudcare.sla.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.JobIdentity;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.EvaluationRunState;
import org.cloudcare.sla.entity.SlaEvaluationAuditAction;
import org.cloudcare.sla.entity.SlaEvaluationRun;
import org.cloudcare.sla.entity.SlaEvaluationRunChanged;

/**
 * The steps of an evaluation run, each in a transaction of its own: starting (or restarting) the run of a month,
 * evaluating a chunk of agreements (on a container thread, so that two chunks overlap), recording a chunk done and
 * completing the run. Progress is recorded only after the results it stands for committed, so a run that stops
 * resumes at or before where it stopped; evaluating an agreement again changes nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SlaEvaluationRuns {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    SlaEvaluator evaluator;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** The run of the period as stored; null when none was started. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SlaEvaluationRun find(EvaluationPeriod period) {
        return em.find(SlaEvaluationRun.class, period.toString());
    }

    /**
     * The run of a closed month, started when there is none; a completed one is started again when {@code again},
     * and a running one is left to go on where it stopped.
     */
    public SlaEvaluationRun begin(EvaluationPeriod period, boolean again) {
        Instant now = clock.instant();
        String actor = callers.current().username();
        SlaEvaluationRun run = em.find(SlaEvaluationRun.class, period.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            run = SlaEvaluationRun.start(period, evaluator.countAgreements(period, now), actor, now);
            em.persist(run);
        } else if (!again || !run.restart(evaluator.countAgreements(period, now), actor, now)) {
            return run;
        }
        announce(run, SlaEvaluationAuditAction.SLA_EVALUATION_RUN_STARTED, "pass " + run.getPasses() + " over "
                + run.getAgreementsTotal() + " agreements", actor, now);
        em.flush();
        return run;
    }

    /** The ids of the next {@code size} agreements of the period after {@code afterId}, in id order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> nextAgreements(EvaluationPeriod period, String afterId, int size) {
        return evaluator.agreementIds(period, clock.instant(), afterId, size);
    }

    /**
     * Evaluates a chunk of agreements in a transaction of its own, on a container thread, as the caller (and as the
     * job {@code job} when a scheduled job runs it: its identity is the calling thread's).
     */
    @Asynchronous
    public Future<Integer> evaluate(EvaluationPeriod period, List<String> ids, String job) {
        Instant now = clock.instant();
        Supplier<Integer> work = () -> evaluator.evaluate(ids, period, now).size();
        return CompletableFuture.completedFuture(job == null ? work.get() : JobIdentity.as(job, work));
    }

    /**
     * Records a chunk evaluated: the run goes on after its last agreement. Chunks are recorded in id order, so a run
     * that stops resumes after the last chunk recorded (a chunk evaluated but not recorded is evaluated again, with
     * the same results and no second violation). Returns the run afterwards.
     */
    public SlaEvaluationRun chunkDone(EvaluationPeriod period, List<String> ids) {
        SlaEvaluationRun run = em.find(SlaEvaluationRun.class, period.toString(), LockModeType.PESSIMISTIC_WRITE);
        String last = ids.get(ids.size() - 1);
        // a holder that lost the lease may find the run taken further by the next one: nothing to record then
        if (run != null && run.getState() == EvaluationRunState.RUNNING
                && (run.getLastAgreementId() == null || last.compareTo(run.getLastAgreementId()) > 0)) {
            run.chunkDone(ids.size(), last);
        }
        return run;
    }

    /** Completes a running run when no agreement is left after its last one. Returns the run afterwards. */
    public SlaEvaluationRun completeWhenDone(EvaluationPeriod period) {
        Instant now = clock.instant();
        SlaEvaluationRun run = em.find(SlaEvaluationRun.class, period.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.getState() != EvaluationRunState.RUNNING
                || !evaluator.agreementIds(period, now, run.getLastAgreementId(), 1).isEmpty()) {
            return run;
        }
        run.complete(now);
        announce(run, SlaEvaluationAuditAction.SLA_EVALUATION_RUN_COMPLETED, run.getAgreementsDone()
                + " agreements evaluated", callers.current().username(), now);
        em.flush();
        return run;
    }

    private void announce(SlaEvaluationRun run, SlaEvaluationAuditAction action, String detail, String actor,
            Instant now) {
        audit.recordProviderWide(action, run.getPeriod(), detail);
        outbox.publish(SlaEvaluationRunChanged.of(run, action, actor, Timestamps.at(now)));
    }
}
