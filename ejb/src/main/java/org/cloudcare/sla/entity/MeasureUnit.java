package org.cloudcare.sla.entity;

/** The unit of an objective's contractual and delivered values. */
public enum MeasureUnit {
    /** Percent of the time (availability). */
    PERCENT,
    /** Percent of the tickets or orders that kept their target. */
    PERCENT_WITHIN_TARGET,
    /** Milliseconds, 95th percentile. */
    MILLISECONDS_P95
}
