package org.cloudcare.sla.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cloudcare.catalog.entity.AvailabilityPeriod;
import org.cloudcare.catalog.entity.IncidentPriority;
import org.cloudcare.catalog.entity.IncidentTarget;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.order.entity.OrderCompletionOnTime;
import org.cloudcare.problem.entity.Interval;
import org.cloudcare.sla.entity.AvailabilityFigure;
import org.cloudcare.sla.entity.EvaluatedObjective;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.MeasureUnit;
import org.cloudcare.sla.entity.ObjectiveOutcome;
import org.cloudcare.sla.entity.PlannedWindow;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaEvaluationResult;
import org.cloudcare.sla.entity.Spans;
import org.cloudcare.sla.entity.TicketTargetsKept;

/**
 * Delivered against contractual for every objective of one agreement in one window - pure, from figures the
 * evaluation read in bulk ({@link SlaEvaluator}). One outcome per {@link EvaluatedObjective}, always in the enum's
 * order.
 * <ul>
 * <li>Availability: {@link AvailabilityFigure}, with the planned outages the agreement's notice excuses, up to its
 * planned downtime allowance per month; judged for
 * agreements measured per month. An agreement measured per quarter or year gets the month's figure without a
 * judgement (met null): its period is not the month.</li>
 * <li>Response time and incident response/repair per priority: the share of the tickets received in the window that
 * kept the deadline, against 100 %; the time target is given beside it. No tickets: nothing to judge.</li>
 * <li>Service response time (samples) and order completion on time: delivered only, the terms promise no value.</li>
 * </ul>
 */
public final class AgreementEvaluation {

    static final BigDecimal HUNDRED = new BigDecimal("100.00");

    /**
     * What the evaluation of one agreement needs.
     *
     * @param window           the part of the period the agreement was in force (and, in the running month, up to now)
     * @param terms            the agreement's terms in force
     * @param downSamples      intervals of down samples
     * @param outages          outage intervals from the monitoring system's events
     * @param planned          planned outages that touch the subscription
     * @param tickets          the tickets per priority received in the window
     * @param responseSamples  how many response-time samples there were
     * @param responseP95      their 95th percentile in milliseconds; null without samples
     * @param orders           the customer's order completion on time in the window; null when not read
     */
    public record Inputs(Interval window, SlaTerms terms, List<Interval> downSamples, List<Interval> outages,
            List<PlannedWindow> planned, Map<IncidentPriority, TicketTargetsKept> tickets, long responseSamples,
            BigDecimal responseP95, OrderCompletionOnTime orders) {

        /** The same figures judged over another window (e.g. one day of the month); clipped to it by the maths. */
        public Inputs withWindow(Interval other) {
            return new Inputs(other, terms, downSamples, outages, planned, tickets, responseSamples, responseP95,
                    orders);
        }
    }

    private AgreementEvaluation() {
    }

    public static AvailabilityFigure availability(Inputs in) {
        int notice = in.terms().disruptionNoticeHours();
        // the month's allowance of planned downtime is spent from the month's first excused minute on, also when the
        // window is one day of it; planned work beyond it counts like any other downtime
        Interval month = EvaluationPeriod.of(in.window().start()).interval();
        List<Interval> excused = Spans.first(Spans.clip(in.planned().stream().filter(p -> p.isExcusedWith(notice))
                .map(PlannedWindow::window).toList(), month),
                Duration.ofMinutes(in.terms().plannedDowntimeMinutesPerMonth()));
        return AvailabilityFigure.of(in.window(), in.downSamples(), in.outages(), excused);
    }

    public static List<ObjectiveOutcome> evaluate(Inputs in) {
        List<ObjectiveOutcome> outcomes = new ArrayList<>();
        SlaTerms terms = in.terms();
        AvailabilityFigure availability = availability(in);
        boolean monthly = terms.availabilityPeriod() == AvailabilityPeriod.MONTH;
        outcomes.add(new ObjectiveOutcome(EvaluatedObjective.AVAILABILITY, MeasureUnit.PERCENT,
                terms.availabilityPercent(), availability.percent(), null, availability.counted().toSeconds(),
                monthly ? availability.percent().compareTo(terms.availabilityPercent()) >= 0 : null));
        TicketTargetsKept all = TicketTargetsKept.NONE;
        for (TicketTargetsKept kept : in.tickets().values()) {
            all = all.plus(kept);
        }
        outcomes.add(withinTarget(EvaluatedObjective.RESPONSE_TIME, terms.targetResponseTimeMinutes(), all.tickets(),
                all.responseMissed()));
        for (boolean repair : new boolean[] {false, true}) {
            for (IncidentPriority priority : IncidentPriority.values()) {
                IncidentTarget target = terms.incidentTargets().stream().filter(t -> t.getPriority() == priority)
                        .findFirst().orElseThrow();
                TicketTargetsKept kept = in.tickets().getOrDefault(priority, TicketTargetsKept.NONE);
                outcomes.add(repair
                        ? withinTarget(EvaluatedObjective.incidentRepair(priority), target.getRepairMinutes(),
                                kept.incidents(), kept.repairMissed())
                        : withinTarget(EvaluatedObjective.incidentResponse(priority), target.getResponseMinutes(),
                                kept.tickets(), kept.responseMissed()));
            }
        }
        outcomes.add(new ObjectiveOutcome(EvaluatedObjective.SERVICE_RESPONSE_TIME, MeasureUnit.MILLISECONDS_P95,
                null, in.responseSamples() == 0 ? null : in.responseP95().setScale(2, RoundingMode.HALF_UP), null,
                in.responseSamples(), null));
        OrderCompletionOnTime orders = in.orders();
        outcomes.add(new ObjectiveOutcome(EvaluatedObjective.ORDER_COMPLETION_ON_TIME,
                MeasureUnit.PERCENT_WITHIN_TARGET, null, orders == null ? null : orders.percentOnTime(), null,
                orders == null ? 0 : orders.ordersWithRequestedDate(), null));
        return outcomes;
    }

    /**
     * The results of an agreement's evaluation as the views show them: those stored, completed with the objectives
     * nothing was measured for in that evaluation, which the evaluation does not store (most of an agreement's twelve
     * objectives in most months: no ticket of that priority, no response-time samples). Their contractual values
     * come from the agreement's terms in force now. Empty when nothing was stored (not evaluated).
     */
    public static List<SlaEvaluationResult> withUnmeasured(ServiceLevelAgreement agreement,
            List<SlaEvaluationResult> stored) {
        if (stored.isEmpty()) {
            return stored;
        }
        SlaEvaluationResult any = stored.get(0);
        Interval window = new Interval(any.getWindowStart().toInstant(), any.getWindowEnd().toInstant());
        Set<EvaluatedObjective> present = stored.stream().map(SlaEvaluationResult::getObjective)
                .collect(Collectors.toSet());
        List<SlaEvaluationResult> all = new ArrayList<>(stored);
        for (ObjectiveOutcome outcome : evaluate(new Inputs(window, agreement.effectiveTerms(), List.of(), List.of(),
                List.of(), Map.of(), 0, null, null))) {
            if (!outcome.isMeasured() && !present.contains(outcome.objective())) {
                all.add(new SlaEvaluationResult(agreement, EvaluationPeriod.parse("period", any.getPeriod()), window,
                        outcome, any.isPeriodClosed(), any.getEvaluatedAt().toInstant()));
            }
        }
        all.sort(Comparator.comparing(SlaEvaluationResult::getObjective));
        return all;
    }

    private static ObjectiveOutcome withinTarget(EvaluatedObjective objective, int targetMinutes, long of,
            long missed) {
        if (of == 0) {
            return new ObjectiveOutcome(objective, MeasureUnit.PERCENT_WITHIN_TARGET, HUNDRED, null, targetMinutes, 0,
                    null);
        }
        BigDecimal kept = BigDecimal.valueOf(of - missed).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(of), 2, RoundingMode.DOWN);
        return new ObjectiveOutcome(objective, MeasureUnit.PERCENT_WITHIN_TARGET, HUNDRED, kept, targetMinutes, of,
                missed == 0);
    }
}
