package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an agreement is at risk in its running month (eTOM 1.2.4.1: proactive monitoring), judged on its
 * availability evaluated so far:
 * <ul>
 * <li>{@link Reason#BELOW_TARGET}: delivered so far is below the contractual availability;</li>
 * <li>{@link Reason#BELOW_WARNING}: delivered so far is below the warning value of the offering's availability
 * threshold standard (only where the offering has one - the provider starts to worry before the customer's target
 * is missed);</li>
 * <li>{@link Reason#DOWNTIME_NEARLY_USED}: the downtime so far uses at least {@link #NEARLY_USED_PERCENT} % of the
 * downtime the contractual target allows for the whole part of the month the agreement is in force (a few more
 * hours down and the month is missed, however good it looks in percent).</li>
 * </ul>
 * An agreement with none of these is not at risk.
 *
 * @param contractual        the contractual availability in percent
 * @param warning            the offering's availability warning value in percent; null when it has none
 * @param delivered          the availability delivered so far in percent
 * @param countedSeconds     the time evaluated so far (the evaluation's basis)
 * @param monthInForceSeconds the part of the month the agreement is in force, to the month's end
 */
public record AgreementRisk(BigDecimal contractual, BigDecimal warning, BigDecimal delivered, long countedSeconds,
        long monthInForceSeconds) {

    /** The share of the month's allowed downtime from which the rest counts as nearly used. */
    public static final BigDecimal NEARLY_USED_PERCENT = BigDecimal.valueOf(80);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Reason {
        BELOW_TARGET,
        BELOW_WARNING,
        DOWNTIME_NEARLY_USED
    }

    /** The downtime the contractual target allows in the part of the month the agreement is in force, in seconds. */
    public long allowedDowntimeSeconds() {
        return HUNDRED.subtract(contractual).multiply(BigDecimal.valueOf(monthInForceSeconds))
                .divide(HUNDRED, 0, RoundingMode.DOWN).longValueExact();
    }

    /** The downtime so far, in seconds: the evaluated time less the share of it delivered. */
    public long usedDowntimeSeconds() {
        return HUNDRED.subtract(delivered).multiply(BigDecimal.valueOf(countedSeconds))
                .divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Why the agreement is at risk, in the order of {@link Reason}; empty when it is not. */
    public List<Reason> reasons() {
        List<Reason> reasons = new ArrayList<>();
        if (delivered.compareTo(contractual) < 0) {
            reasons.add(Reason.BELOW_TARGET);
        }
        if (warning != null && delivered.compareTo(warning) < 0) {
            reasons.add(Reason.BELOW_WARNING);
        }
        long used = usedDowntimeSeconds();
        long allowed = allowedDowntimeSeconds();
        if (used > 0 && BigDecimal.valueOf(used).multiply(HUNDRED)
                .compareTo(NEARLY_USED_PERCENT.multiply(BigDecimal.valueOf(allowed))) >= 0) {
            reasons.add(Reason.DOWNTIME_NEARLY_USED);
        }
        return List.copyOf(reasons);
    }

    public boolean atRisk() {
        return !reasons().isEmpty();
    }
}
