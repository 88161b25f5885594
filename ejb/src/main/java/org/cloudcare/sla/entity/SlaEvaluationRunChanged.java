package org.cloudcare.sla.entity;

import java.time.OffsetDateTime;

import org.cloudcare.platform.outbox.DomainEvent;

/** An evaluation run of a month started or completed: reports and billing may read the month's results. */
public record SlaEvaluationRunChanged(String period, String change, int agreementsTotal, int agreementsDone,
        int passes, String actor, OffsetDateTime changedAt) implements DomainEvent {

    public static final String TYPE = "sla.evaluation-run-changed";

    public static SlaEvaluationRunChanged of(SlaEvaluationRun run, SlaEvaluationAuditAction change, String actor,
            OffsetDateTime at) {
        return new SlaEvaluationRunChanged(run.getPeriod(), change.name(), run.getAgreementsTotal(),
                run.getAgreementsDone(), run.getPasses(), actor, at);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return SlaEvaluationRun.TYPE;
    }

    @Override
    public String aggregateId() {
        return period;
    }

    @Override
    public String tenant() {
        return null;
    }
}
