package org.cloudcare.sla.entity;

/** Where a suspected SLA issue stands (ITU-T Y.3525 10.1.2.2: reception, analysis, outcome). */
public enum SlaIssueStatus {
    /** Received from the customer; nobody has looked at it yet. */
    REPORTED,
    /** The provider's service manager is analysing it. */
    IN_ANALYSIS,
    /** The analysis found the objective missed: a violation stands for it. Final. */
    CONFIRMED,
    /** The analysis found the objective kept; the reason says why. Final. */
    REJECTED
}
