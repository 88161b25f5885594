package org.cloudcare.problem.entity;

/**
 * What the customer asks for (ITU-T Y.3502 8.3.2.14): some requests need only information, some analysis and repair,
 * some a change to what the customer has.
 */
public enum TicketKind {
    /** Answered and closed; no repair clock. */
    INFORMATION_REQUEST,
    /** Something does not work: analysis and repair against the agreement's targets. */
    INCIDENT,
    /** A change to the customer's service: accepted, it becomes a {@code modify} customer order. */
    CHANGE_REQUEST
}
