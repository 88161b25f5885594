package org.cloudcare.catalog.entity;

/**
 * What a threshold standard watches (eTOM 1.2.4.1: the performance parameters the provider proactively monitors for
 * a group of purchased offerings), in which unit, and whether a higher value is better. Incident response and repair
 * times are stated per incident priority, like the SLA template's incident targets.
 */
public enum ThresholdObjective {
    /** Share of the period the service was up. */
    AVAILABILITY(ThresholdUnit.PERCENT, true, false),
    /** Response time of the service as the monitoring system measures it. */
    RESPONSE_TIME(ThresholdUnit.MILLISECONDS, false, false),
    /** Time to the provider's first response to an incident of one priority. */
    INCIDENT_RESPONSE_TIME(ThresholdUnit.MINUTES, false, true),
    /** Time to repair an incident of one priority. */
    REPAIR_TIME(ThresholdUnit.MINUTES, false, true);

    private final ThresholdUnit unit;
    private final boolean higherIsBetter;
    private final boolean perPriority;

    ThresholdObjective(ThresholdUnit unit, boolean higherIsBetter, boolean perPriority) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.perPriority = perPriority;
    }

    public ThresholdUnit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean perPriority() {
        return perPriority;
    }
}
