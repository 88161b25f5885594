package org.cloudcare.sla.entity;

/** Where a violation's service credit stands: waiting for billing to apply it (billing comes with a later issue). */
public enum ViolationStatus {
    PENDING_BILLING
}
