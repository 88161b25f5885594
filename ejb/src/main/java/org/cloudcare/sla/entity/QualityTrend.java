package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivered quality of a group of like offerings month by month, oldest first, and whether it deteriorates
 * (eTOM 1.2.4.1: trend analysis to identify longer-term deterioration). A group deteriorates when
 * <ul>
 * <li>{@link Flag#CONSECUTIVE_DECLINE}: its last {@link #DECLINING_MONTHS} month-on-month changes were all for the
 * worse (lower availability, higher response time), or</li>
 * <li>{@link Flag#CROSSED_WARNING}: its latest month is worse than the warning value of the threshold standard while
 * the month before was not (a group that stays beyond the warning was flagged when it crossed).</li>
 * </ul>
 * Months without a value (nothing evaluated) are left out before the rule is applied.
 *
 * @param months         the months, oldest first
 * @param higherIsBetter whether a higher value is better (availability) or worse (response time)
 * @param warning        the threshold standard's warning value for the group; null when it has none
 */
public record QualityTrend(List<Month> months, boolean higherIsBetter, BigDecimal warning) {

    /** How many month-on-month declines in a row make a deterioration. */
    public static final int DECLINING_MONTHS = 3;

    /** One month of the group: the average and worst delivered value over its agreements. */
    public record Month(String period, BigDecimal average, BigDecimal worst, long agreements) {
    }

    public enum Flag {
        CONSECUTIVE_DECLINE,
        CROSSED_WARNING
    }

    public QualityTrend {
        months = months.stream().filter(m -> m.average() != null).toList();
    }

    public List<Flag> flags() {
        List<Flag> flags = new ArrayList<>();
        int n = months.size();
        if (n > DECLINING_MONTHS) {
            boolean declining = true;
            for (int i = n - DECLINING_MONTHS; i < n; i++) {
                declining &= worse(months.get(i).average(), months.get(i - 1).average());
            }
            if (declining) {
                flags.add(Flag.CONSECUTIVE_DECLINE);
            }
        }
        if (warning != null && n >= 2 && worse(months.get(n - 1).average(), warning)
                && !worse(months.get(n - 2).average(), warning)) {
            flags.add(Flag.CROSSED_WARNING);
        }
        return List.copyOf(flags);
    }

    public boolean deteriorates() {
        return !flags().isEmpty();
    }

    private boolean worse(BigDecimal value, BigDecimal than) {
        int order = value.compareTo(than);
        return higherIsBetter ? order < 0 : order > 0;
    }
}
