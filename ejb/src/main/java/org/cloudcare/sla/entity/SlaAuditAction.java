package org.cloudcare.sla.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of cloud service agreements. */
public enum SlaAuditAction implements AuditAction {
    AGREEMENT_STARTED,
    AGREEMENT_OVERRIDE_NEGOTIATED,
    AGREEMENT_TERMINATED,
    AGREEMENT_RENEWED,
    AGREEMENT_EXPIRED,
    AGREEMENT_RELOCATED;

    @Override
    public String entityType() {
        return ServiceLevelAgreement.TYPE;
    }
}
