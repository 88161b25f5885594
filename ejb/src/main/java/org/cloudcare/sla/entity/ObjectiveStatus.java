package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Where one objective of an agreement stands for the customer (the "SLA status" every customer's user sees).
 * <ul>
 * <li>A closed month: {@code MET} or {@code MISSED} as evaluated; {@code NOT_JUDGED} when there was nothing to judge
 * (no contractual value, nothing measured, availability promised per quarter or year).</li>
 * <li>The running month, for availability: {@code MISSED} once the downtime so far exceeds what the target allows for
 * the whole month (the month can no longer be met); {@code AT_RISK} while the availability so far is below the target
 * or the downtime so far has used at least half of the month's allowance; {@code MET} otherwise.</li>
 * <li>The running month, for ticket objectives (against 100 % within target): one missed deadline already misses the
 * month, so {@code MISSED} or {@code MET} as evaluated so far.</li>
 * </ul>
 */
public enum ObjectiveStatus {
    MET, AT_RISK, MISSED, NOT_JUDGED;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The status of an objective of a closed month. */
    public static ObjectiveStatus ofClosed(Boolean met) {
        return met == null ? NOT_JUDGED : met ? MET : MISSED;
    }

    /**
     * The status of an objective of the running month.
     *
     * @param outcome      the evaluation so far
     * @param availability the availability figure so far (used for {@link EvaluatedObjective#AVAILABILITY})
     * @param monthWindow  how long the agreement is in force in the whole month
     */
    public static ObjectiveStatus ofRunning(ObjectiveOutcome outcome, AvailabilityFigure availability,
            Duration monthWindow) {
        if (outcome.met() == null) {
            return NOT_JUDGED;
        }
        if (outcome.objective() != EvaluatedObjective.AVAILABILITY) {
            return ofClosed(outcome.met());
        }
        BigDecimal allowance = BigDecimal.valueOf(monthWindow.minus(availability.excluded()).toMillis())
                .multiply(HUNDRED.subtract(outcome.contractual())).divide(HUNDRED);
        BigDecimal down = BigDecimal.valueOf(availability.down().toMillis());
        if (down.compareTo(allowance) > 0) {
            return MISSED;
        }
        if (!outcome.met() || down.multiply(BigDecimal.valueOf(2)).compareTo(allowance) >= 0 && down.signum() > 0) {
            return AT_RISK;
        }
        return MET;
    }
}
