package org.cloudcare.sla.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
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
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.EvaluationRunState;
import org.cloudcare.sla.entity.SlaEvaluationAuditAction;
import org.cloudcare.sla.entity.SlaEvaluationRun;
import org.cloudcare.sla.entity.SlaEvaluationRunChanged;

/**
 * The steps of an evaluation run, each in a transaction of its own: starting (or restarting) the run of a month, and
 * evaluating the next chunk of agreements after the last one done together with the run's progress - so progress is
 * only ever recorded with the results it stands for, and a run that stops resumes exactly there.
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

    /**
     * Evaluates the next {@code size} agreements of a running run and records them as done, or completes the run
     * when none is left. Returns the run afterwards.
     */
    public SlaEvaluationRun nextChunk(EvaluationPeriod period, int size) {
        Instant now = clock.instant();
        SlaEvaluationRun run = em.find(SlaEvaluationRun.class, period.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.getState() != EvaluationRunState.RUNNING) {
            return run;
        }
        List<String> ids = evaluator.agreementIds(period, now, run.getLastAgreementId(), size);
        if (ids.isEmpty()) {
            run.complete(now);
            announce(run, SlaEvaluationAuditAction.SLA_EVALUATION_RUN_COMPLETED, run.getAgreementsDone()
                    + " agreements evaluated", callers.current().username(), now);
        } else {
            evaluator.evaluate(ids.get(0), ids.get(ids.size() - 1), period, now);
            run.chunkDone(ids.size(), ids.get(ids.size() - 1));
        }
        em.flush();
        return run;
    }

    private void announce(SlaEvaluationRun run, SlaEvaluationAuditAction action, String detail, String actor,
            Instant now) {
        audit.recordProviderWide(action, run.getPeriod(), detail);
        outbox.publish(SlaEvaluationRunChanged.of(run, action, actor, Timestamps.at(now)));
    }
}
