package org.cloudcare.sla.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of cloud service agreements. */
public enum SlaAuditAction implements AuditAction {
    AGREEMENT_STARTED,
    AGREEMENT_OVERRIDE_NEGOTIATED,
    AGREEMENT_TERMINATED;

    @Override
    public String entityType() {
        return ServiceLevelAgreement.TYPE;
    }
}
