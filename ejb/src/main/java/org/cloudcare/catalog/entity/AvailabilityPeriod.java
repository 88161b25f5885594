package org.cloudcare.catalog.entity;

/** The period over which the availability objective is measured. */
public enum AvailabilityPeriod {
    MONTH,
    QUARTER,
    YEAR
}
