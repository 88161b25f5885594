package org.cloudcare.sla.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of SLA violations. */
public enum SlaViolationAuditAction implements AuditAction {
    SLA_VIOLATION_RECORDED,
    SLA_VIOLATION_REVISED,
    SLA_VIOLATION_WITHDRAWN;

    @Override
    public String entityType() {
        return SlaViolation.TYPE;
    }
}
