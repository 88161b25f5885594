package org.cloudcare.sla.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of quality analysis (provider-wide lines). */
public enum QualityAnalysisAuditAction implements AuditAction {
    /** A trend analysis found a group of like offerings deteriorating. */
    QUALITY_DETERIORATION_FLAGGED;

    @Override
    public String entityType() {
        return QualityAnalysis.TYPE;
    }
}
