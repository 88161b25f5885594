package org.cloudcare.sla.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of planned outages (provider-wide lines). */
public enum PlannedOutageAuditAction implements AuditAction {
    PLANNED_OUTAGE_SCHEDULED,
    PLANNED_OUTAGE_CANCELLED;

    @Override
    public String entityType() {
        return PlannedOutage.TYPE;
    }
}
