package org.cloudcare.sla.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of measurements: one line per batch received, never one per row. */
public enum MeasurementAuditAction implements AuditAction {
    MEASUREMENT_BATCH_RECORDED;

    @Override
    public String entityType() {
        return MeasurementBatch.TYPE;
    }
}
