package org.cloudcare.sla.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of suspected SLA issues: one line per move. */
public enum SlaIssueAuditAction implements AuditAction {
    SLA_ISSUE_REPORTED,
    SLA_ISSUE_ANALYSIS_STARTED,
    SLA_ISSUE_CONFIRMED,
    SLA_ISSUE_REJECTED;

    @Override
    public String entityType() {
        return SlaIssue.TYPE;
    }
}
