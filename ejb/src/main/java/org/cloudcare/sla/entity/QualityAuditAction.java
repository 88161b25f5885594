package org.cloudcare.sla.entity;

import org.cloudcare.audit.entity.AuditAction;
import org.cloudcare.customer.entity.Customer;

/** What the audit trail records of customer quality management (ITU-T Y.3525 10.1.2.3). */
public enum QualityAuditAction implements AuditAction {
    /**
     * Provider staff looked at a customer's quality view: a customer profile inquiry (10.1.2.3 customer profiling).
     * The line is in the customer's tenant, so the customer's administrator sees who looked and when.
     */
    CUSTOMER_PROFILE_INQUIRY;

    @Override
    public String entityType() {
        return Customer.TYPE;
    }
}
