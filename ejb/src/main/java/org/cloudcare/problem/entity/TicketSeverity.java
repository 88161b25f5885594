package org.cloudcare.problem.entity;

/** How bad the problem is for the service, as the reporter judges it (TMF621 severity). */
public enum TicketSeverity {
    MINOR, MAJOR, CRITICAL
}
