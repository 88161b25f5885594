package org.cloudcare.catalog.entity;

/** The priorities of a trouble ticket (TMF621 priority), for which an SLA template states response and repair times. */
public enum IncidentPriority {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
}
