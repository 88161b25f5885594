package org.cloudcare.problem.entity;

/** How much of the customer's use is affected (ITU-T Y.3525 10.1.2.1 "priority and impact"). */
public enum TicketImpact {
    /** One user or one function. */
    INDIVIDUAL,
    /** Several users or a department. */
    DEPARTMENT,
    /** The whole service for the customer's organisation. */
    ORGANISATION
}
