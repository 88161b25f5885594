package org.cloudcare.sla.entity;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.time.Timestamps;

/**
 * The evaluation of every agreement for one closed month, and how far it got: agreements are taken in id order, in
 * chunks, each chunk in its own transaction that also moves {@link #getLastAgreementId()} and the count done, so a run
 * that stops (an instance dies, a deployment) resumes after the last agreement done and never evaluates one twice in
 * a pass. Lifecycle: {@code RUNNING} → {@code COMPLETED}; a completed run can be started again (another pass, e.g.
 * after late measurements), which gives the same results for the same data.
 */
@Entity
@Table(name = "sla_evaluation_run")
public class SlaEvaluationRun {

    public static final String TYPE = "SlaEvaluationRun";

    @Id
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvaluationRunState state;

    @Column(name = "agreements_total", nullable = false)
    private int agreementsTotal;

    @Column(name = "agreements_done", nullable = false)
    private int agreementsDone;

    @Column(name = "last_agreement_id")
    private String lastAgreementId;

    @Column(nullable = false)
    private int passes;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Version
    private long version;

    protected SlaEvaluationRun() {
    }

    /** A run of a closed month with {@code total} agreements to evaluate. */
    public static SlaEvaluationRun start(EvaluationPeriod period, int total, String by, Instant now) {
        if (!period.isClosedAt(now)) {
            throw CloudCareException.invalid("period", "Only a month that has ended is closed by an evaluation run;"
                    + " evaluate one agreement to see the running month.");
        }
        SlaEvaluationRun run = new SlaEvaluationRun();
        run.period = period.toString();
        run.begin(total, by, now);
        run.passes = 1;
        return run;
    }

    /** Another pass over a completed run; a running one goes on where it stopped (nothing changes). */
    public boolean restart(int total, String by, Instant now) {
        if (state == EvaluationRunState.RUNNING) {
            return false;
        }
        begin(total, by, now);
        passes++;
        return true;
    }

    private void begin(int total, String by, Instant now) {
        state = EvaluationRunState.RUNNING;
        agreementsTotal = total;
        agreementsDone = 0;
        lastAgreementId = null;
        startedAt = Timestamps.at(now);
        startedBy = by;
        completedAt = null;
    }

    /** A chunk is done, up to and including {@code lastId} (ids ascending). */
    public void chunkDone(int count, String lastId) {
        if (state != EvaluationRunState.RUNNING) {
            throw CloudCareException.conflict("The evaluation run of " + period + " is " + state + ".");
        }
        if (lastAgreementId != null && lastId.compareTo(lastAgreementId) <= 0) {
            throw CloudCareException.conflict("The evaluation run of " + period + " is already past " + lastId + ".");
        }
        agreementsDone += count;
        agreementsTotal = Math.max(agreementsTotal, agreementsDone);
        lastAgreementId = lastId;
    }

    public void complete(Instant now) {
        if (state != EvaluationRunState.RUNNING) {
            throw CloudCareException.conflict("The evaluation run of " + period + " is already " + state + ".");
        }
        state = EvaluationRunState.COMPLETED;
        agreementsTotal = agreementsDone;
        completedAt = Timestamps.at(now);
    }

    public EvaluationPeriod evaluationPeriod() {
        return EvaluationPeriod.parse("period", period);
    }

    public String getPeriod() {
        return period;
    }

    public EvaluationRunState getState() {
        return state;
    }

    public int getAgreementsTotal() {
        return agreementsTotal;
    }

    public int getAgreementsDone() {
        return agreementsDone;
    }

    public String getLastAgreementId() {
        return lastAgreementId;
    }

    public int getPasses() {
        return passes;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public long getVersion() {
        return version;
    }
}
