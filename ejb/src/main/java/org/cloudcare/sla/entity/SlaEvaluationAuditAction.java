package org.cloudcare.sla.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of evaluation runs (provider-wide lines). */
public enum SlaEvaluationAuditAction implements AuditAction {
    SLA_EVALUATION_RUN_STARTED,
    SLA_EVALUATION_RUN_COMPLETED;

    @Override
    public String entityType() {
        return SlaEvaluationRun.TYPE;
    }
}
