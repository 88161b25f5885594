package org.cloudcare.sla.entity;

/** What one row of a measurement batch reports, and so which of its fields it must have. */
public enum MeasurementKind {
    /** Up or down for an interval: {@code subscriptionId, intervalStart, intervalEnd, up}. */
    AVAILABILITY,
    /** One response time: {@code subscriptionId, measuredAt, milliseconds}. */
    RESPONSE_TIME,
    /** The monitoring system saw an outage begin: {@code subscriptionId, at}. */
    OUTAGE_START,
    /** The monitoring system saw an outage end: {@code subscriptionId, at}. */
    OUTAGE_END
}
