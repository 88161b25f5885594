package org.cloudcare.api.sla;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cloudcare.api.Enums;
import org.cloudcare.api.PageInfo;
import org.cloudcare.api.catalog.Views.MoneyView;
import org.cloudcare.sla.boundary.PlannedOutages;
import org.cloudcare.sla.boundary.SlaEvaluation;
import org.cloudcare.sla.entity.PlannedOutage;
import org.cloudcare.sla.entity.SlaEvaluationResult;
import org.cloudcare.sla.entity.SlaEvaluationRun;
import org.cloudcare.sla.entity.SlaViolation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The output types of SLA evaluation and planned outages. Mapped from the entities here, never serialised. */
final class EvaluationViews {

    private EvaluationViews() {
    }

    @Type("ServiceLevelAgreementEvaluation")
    @Description("Delivered against contractual for every objective of one agreement in one month (UTC), as last"
            + " evaluated. The running month is provisional (finalResult: false) and records no violation.")
    public record EvaluationView(
            @Id @NonNull String agreementId,
            @Id @NonNull String customerId,
            @Id @NonNull String subscriptionId,
            @NonNull @Description("The month, yyyy-MM.") String period,
            @NonNull @Description("Whether the month was ever evaluated for this agreement.") boolean evaluated,
            @Description("Whether the month had ended when it was evaluated; null when never evaluated.")
            Boolean finalResult,
            @Description("The part of the month the agreement was in force (up to the evaluation, in the running"
                    + " month).") OffsetDateTime windowStart,
            OffsetDateTime windowEnd,
            OffsetDateTime evaluatedAt,
            @NonNull List<@NonNull ObjectiveEvaluationView> objectives,
            @NonNull List<@NonNull ViolationView> violations) {

        static EvaluationView of(SlaEvaluation evaluation) {
            List<SlaEvaluationResult> results = evaluation.results();
            SlaEvaluationResult first = results.isEmpty() ? null : results.get(0);
            Map<Object, SlaViolation> byObjective = evaluation.violations().stream()
                    .collect(Collectors.toMap(SlaViolation::getObjective, Function.identity()));
            return new EvaluationView(evaluation.agreement().getId(), evaluation.agreement().getCustomerId(),
                    evaluation.agreement().getSubscriptionId(), evaluation.period(), first != null,
                    first == null ? null : first.isPeriodClosed(), first == null ? null : first.getWindowStart(),
                    first == null ? null : first.getWindowEnd(), first == null ? null : first.getEvaluatedAt(),
                    results.stream().map(r -> ObjectiveEvaluationView.of(r, byObjective.get(r.getObjective())))
                            .toList(),
                    evaluation.violations().stream().map(ViolationView::of).toList());
        }
    }

    @Type("SlaObjectiveEvaluation")
    @Description("One objective: contractual and delivered value in the unit, whether it was met (null: nothing to"
            + " judge - no contractual value, nothing measured, or an availability promised per quarter or year), and"
            + " its violation in a closed month.")
    public record ObjectiveEvaluationView(
            @NonNull EvaluationVocabulary.Objective objective,
            @NonNull EvaluationVocabulary.Unit unit,
            BigDecimal contractual,
            BigDecimal delivered,
            @Description("The time target behind a ticket objective, in minutes.") Integer targetMinutes,
            @NonNull @Description("What the delivered value is made of: seconds counted (availability), tickets,"
                    + " samples or orders.") long basis,
            Boolean met,
            ViolationView violation) {

        static ObjectiveEvaluationView of(SlaEvaluationResult result, SlaViolation violation) {
            return new ObjectiveEvaluationView(Enums.as(EvaluationVocabulary.Objective.class, result.getObjective()),
                    Enums.as(EvaluationVocabulary.Unit.class, result.getUnit()), result.getContractualValue(),
                    result.getDeliveredValue(), result.getTargetMinutes(), result.getBasis(), result.getMet(),
                    ViolationView.of(violation));
        }
    }

    @Type("SlaViolation")
    @Description("An objective missed in a closed month, with the service credit billing is to apply (percent of the"
            + " subscription's monthly recurring charge, prorated to the part of the month the agreement was in"
            + " force, rounded half up to the cent; no amount when the subscription has no recurring charge).")
    public record ViolationView(
            @Id @NonNull String id,
            @Id @NonNull String agreementId,
            @Id @NonNull String customerId,
            @Id @NonNull String subscriptionId,
            @NonNull String period,
            @NonNull EvaluationVocabulary.Objective objective,
            @NonNull EvaluationVocabulary.Unit unit,
            @NonNull BigDecimal contractualValue,
            @NonNull BigDecimal deliveredValue,
            @NonNull BigDecimal creditPercent,
            MoneyView credit,
            @NonNull EvaluationVocabulary.ViolationState status,
            @NonNull OffsetDateTime recordedAt,
            @NonNull String recordedBy,
            @Description("When a later evaluation of the month found the objective not missed; null while it stands.")
            OffsetDateTime withdrawnAt,
            String withdrawalReason,
            @NonNull long version) {

        static ViolationView of(SlaViolation violation) {
            return violation == null ? null : new ViolationView(violation.getId(), violation.getAgreementId(),
                    violation.getCustomerId(), violation.getSubscriptionId(), violation.getPeriod(),
                    Enums.as(EvaluationVocabulary.Objective.class, violation.getObjective()),
                    Enums.as(EvaluationVocabulary.Unit.class, violation.getUnit()), violation.getContractualValue(),
                    violation.getDeliveredValue(), violation.getCreditPercent(), MoneyView.of(violation.getCredit()),
                    Enums.as(EvaluationVocabulary.ViolationState.class, violation.getStatus()),
                    violation.getRecordedAt(), violation.getRecordedBy(), violation.getWithdrawnAt(),
                    violation.getWithdrawalReason(), violation.getVersion());
        }
    }

    public record ViolationEdge(@NonNull String cursor, @NonNull ViolationView node) {
    }

    @Type("SlaViolationConnection")
    public record ViolationConnection(@NonNull List<@NonNull ViolationEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }

    @Type("SlaEvaluationRun")
    @Description("The evaluation of every agreement for one closed month and how far it got; a run cut short"
            + " resumes after lastAgreementId.")
    public record RunView(
            @NonNull String period,
            @NonNull EvaluationVocabulary.RunState state,
            @NonNull int agreementsTotal,
            @NonNull int agreementsDone,
            @Id String lastAgreementId,
            @NonNull @Description("How many times the month was run (a completed month may be run again).")
            int passes,
            @NonNull OffsetDateTime startedAt,
            @NonNull String startedBy,
            OffsetDateTime completedAt) {

        static RunView of(SlaEvaluationRun run) {
            return run == null ? null : new RunView(run.getPeriod(),
                    Enums.as(EvaluationVocabulary.RunState.class, run.getState()), run.getAgreementsTotal(),
                    run.getAgreementsDone(), run.getLastAgreementId(), run.getPasses(), run.getStartedAt(),
                    run.getStartedBy(), run.getCompletedAt());
        }
    }

    @Type("PlannedOutage")
    @Description("Planned maintenance of offerings and/or subscriptions for a window (UTC), announced when it was"
            + " scheduled. Excused from an agreement's availability when announced at least the agreement's"
            + " disruptionNoticeHours before the window starts; a late one counts as downtime.")
    public record PlannedOutageView(
            @Id @NonNull String id,
            @NonNull String description,
            @NonNull OffsetDateTime windowStart,
            @NonNull OffsetDateTime windowEnd,
            @NonNull OffsetDateTime announcedAt,
            @NonNull String scheduledBy,
            @NonNull EvaluationVocabulary.OutageState status,
            @NonNull List<@NonNull String> productOfferingIds,
            @NonNull @Description("The subscriptions named; a customer's user sees only its own.")
            List<@NonNull String> subscriptionIds,
            OffsetDateTime cancelledAt,
            String cancelledBy,
            String cancellationReason,
            @NonNull long version) {

        static PlannedOutageView of(PlannedOutages.Notice notice) {
            PlannedOutage outage = notice.outage();
            return new PlannedOutageView(outage.getId(), outage.getDescription(), outage.getWindowStart(),
                    outage.getWindowEnd(), outage.getAnnouncedAt(), outage.getScheduledBy(),
                    Enums.as(EvaluationVocabulary.OutageState.class, outage.getStatus()),
                    List.copyOf(outage.getProductOfferingIds()), notice.subscriptionIds(), outage.getCancelledAt(),
                    outage.getCancelledBy(), outage.getCancellationReason(), outage.getVersion());
        }

        static PlannedOutageView of(PlannedOutage outage) {
            return of(new PlannedOutages.Notice(outage, List.copyOf(outage.getSubscriptionIds())));
        }
    }

    public record PlannedOutageEdge(@NonNull String cursor, @NonNull PlannedOutageView node) {
    }

    public record PlannedOutageConnection(@NonNull List<@NonNull PlannedOutageEdge> edges,
            @NonNull PageInfo pageInfo, @NonNull long totalCount) {
    }
}
