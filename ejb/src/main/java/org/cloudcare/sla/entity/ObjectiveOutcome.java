package org.cloudcare.sla.entity;

import java.math.BigDecimal;

/**
 * Delivered against contractual for one objective of one agreement in one window.
 *
 * @param contractual   what the agreement promises, in {@code unit}; null when its terms promise nothing for it
 * @param delivered     what was delivered; null when there was nothing to measure (no tickets, no samples)
 * @param targetMinutes the time target behind a ticket objective (response or repair minutes); null otherwise
 * @param basis         what the delivered value is made of: seconds counted (availability), tickets, samples, orders
 * @param met           whether it was kept; null when there is no contractual value or nothing was measured
 */
public record ObjectiveOutcome(EvaluatedObjective objective, MeasureUnit unit, BigDecimal contractual,
        BigDecimal delivered, Integer targetMinutes, long basis, Boolean met) {

    public boolean isMissed() {
        return Boolean.FALSE.equals(met);
    }

    /**
     * Whether anything was measured for it (tickets, samples, orders; availability always has its time counted, also
     * a window shorter than the second its basis is counted in).
     */
    public boolean isMeasured() {
        return delivered != null;
    }
}
