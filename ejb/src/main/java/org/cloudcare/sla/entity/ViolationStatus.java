package org.cloudcare.sla.entity;

/**
 * Where a violation's service credit stands: waiting for billing to apply it (billing comes with a later issue), or
 * withdrawn because the month evaluated again met the objective (late measurements, a corrected planned outage).
 */
public enum ViolationStatus {
    PENDING_BILLING,
    WITHDRAWN
}
