package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cloudcare.problem.entity.Interval;

/**
 * The delivered availability of one agreement in one window (ISO/TS 23535 5.2.3): the share of the time that counts
 * during which the service was up.
 * <ul>
 * <li>Down is the union of the intervals of down samples and of outages (START..END): a minute reported both ways is
 * down once.</li>
 * <li>Planned outages announced at least the agreement's notice before they began are taken out of the window
 * altogether (neither up nor down); late or unannounced ones count like any other downtime.</li>
 * <li>Time no sample and no outage covers counts as available: the monitoring system reports what is down, a gap in
 * its reports is not the customer's downtime.</li>
 * <li>The percent is cut (not rounded) to four decimals, so it is below a threshold of at most four decimals exactly
 * when the true value is; an empty window (all excluded) is 100 %.</li>
 * </ul>
 *
 * @param window   the part of the period the agreement was in force
 * @param counted  the window less the excluded planned outages
 * @param down     the downtime within the counted time
 * @param excluded the planned outage time taken out
 * @param percent  delivered availability, 0-100, four decimals, cut
 */
public record AvailabilityFigure(Interval window, Duration counted, Duration down, Duration excluded,
        BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param downSamples intervals of down samples (merged or not)
     * @param outages     outage intervals from the monitoring system's events
     * @param excusedPlanned planned outage windows excluded for this agreement
     */
    public static AvailabilityFigure of(Interval window, List<Interval> downSamples, List<Interval> outages,
            List<Interval> excusedPlanned) {
        List<Interval> excluded = Spans.clip(excusedPlanned, window);
        List<Interval> counted = Spans.minus(List.of(window), excluded);
        List<Interval> all = new ArrayList<>(downSamples);
        all.addAll(outages);
        List<Interval> down = Spans.minus(Spans.clip(all, window), excluded);
        Duration countedTime = Spans.total(counted);
        Duration downTime = Spans.total(down);
        BigDecimal percent = countedTime.isZero() ? HUNDRED.setScale(4)
                : BigDecimal.valueOf(countedTime.minus(downTime).toMillis()).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(countedTime.toMillis()), 4, RoundingMode.DOWN);
        return new AvailabilityFigure(window, countedTime, downTime, Spans.total(excluded), percent);
    }
}
