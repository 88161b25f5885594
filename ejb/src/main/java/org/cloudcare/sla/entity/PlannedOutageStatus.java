package org.cloudcare.sla.entity;

/** A planned outage is scheduled until it is cancelled (before its window ends); cancelled is final. */
public enum PlannedOutageStatus {
    SCHEDULED,
    CANCELLED
}
