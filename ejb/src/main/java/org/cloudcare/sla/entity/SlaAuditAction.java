package org.cloudcare.sla.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of cloud service agreements. */
public enum SlaAuditAction implements AuditAction {
    AGREEMENT_STARTED,
    AGREEMENT_OVERRIDE_NEGOTIATED,
    AGREEMENT_TERMINATED,
    AGREEMENT_RENEWED,
    AGREEMENT_EXPIRED,
    /** The customer was told that the current term ends (ISO/TS 23535 5.15), once per term. */
    AGREEMENT_EXPIRY_NOTICE_SENT,
    AGREEMENT_RELOCATED;

    @Override
    public String entityType() {
        return ServiceLevelAgreement.TYPE;
    }
}
