package org.cloudcare.problem.entity;

/** The two clocks of a ticket (ISO/TS 23535 5.2.8 and 5.5). */
public enum DeadlineKind {
    /** Target response time: from reception to the provider's first response (the ticket taken into work). */
    RESPONSE,
    /** Repair time: from reception to resolution, paused while waiting for the customer. */
    REPAIR
}
