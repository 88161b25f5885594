package org.cloudcare.sla.control;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.cloudcare.platform.security.JobIdentity;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.EvaluationRunState;
import org.cloudcare.sla.entity.SlaEvaluationRun;

/**
 * Closes the previous month: every hour at :20 (a non-persistent timer on each instance) it looks at the run of the
 * month before the current one and, unless it is completed, runs or resumes it through {@link SlaEvaluationRunner},
 * whose lease lets one instance at a time work on it. Hourly rather than once a month, so a run cut short by a restart
 * is resumed within the hour; a completed month costs one primary-key read. Works as the job
 * {@value #JOB} ({@link JobIdentity}).
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaEvaluationJob {

    /** Who the audit trail, the violations and the customers' history name for this scheduled work. */
    public static final String JOB = "sla-evaluation";
    private static final Logger LOG = Logger.getLogger(SlaEvaluationJob.class.getName());

    @Inject
    SlaEvaluationRunner runner;

    @Inject
    SlaEvaluationRuns runs;

    @Inject
    Clock clock;

    @Schedule(second = "0", minute = "20", hour = "*", persistent = false, info = "monthly SLA evaluation")
    void onSchedule() {
        try {
            closePreviousMonth();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "The monthly SLA evaluation failed; the next hour resumes it.", failure);
        }
    }

    /** Runs or resumes the previous month unless it is completed; answers its run (null while another starts it). */
    public SlaEvaluationRun closePreviousMonth() {
        EvaluationPeriod period = EvaluationPeriod.of(clock.instant()).previous();
        SlaEvaluationRun run = runs.find(period);
        if (run != null && run.getState() == EvaluationRunState.COMPLETED) {
            return run;
        }
        return JobIdentity.as(JOB, () -> runner.run(period, false));
    }
}
