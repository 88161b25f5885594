package org.cloudcare.api.sla;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Enums;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.api.sla.EvaluationViews.EvaluationView;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.sla.boundary.ServiceLevelStatuses;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/**
 * The customer's service levels over GraphQL: the running month's status, the daily trend and the closed months.
 * Thin: the EJB boundary decides who may read what.
 */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class ServiceLevelStatusGraphQL {

    @Inject
    ServiceLevelStatuses statuses;

    @Query
    @Description("The running month's SLA status of every agreement of the customer in force this month: per"
            + " objective delivered so far against contractual, and MET, AT_RISK or MISSED. Every user of the customer"
            + " (a plain user included; no credits here) and provider staff; another customer's id is NOT_FOUND.")
    public @NonNull List<@NonNull ServiceLevelStatusView> serviceLevelStatus(@Id @NonNull String customerId) {
        return statuses.serviceLevelStatus(customerId).stream().map(ServiceLevelStatusView::of).toList();
    }

    @Query
    @Description("The delivered availability of one agreement per UTC day of a month (yyyy-MM; default the running"
            + " month, up to now) against its target, judged like the monthly evaluation. The customer's"
            + " administrator and business manager (their own agreements) and provider staff.")
    public @NonNull ServiceLevelTrendView serviceLevelTrend(@Id @NonNull String agreementId, String period) {
        return ServiceLevelTrendView.of(statuses.serviceLevelTrend(agreementId, period));
    }

    @Query
    @Description("The evaluations of the agreement's closed months, newest first (at most `months`, 1 to 36), each"
            + " with its violations and service credits. The customer's administrator and business manager (their"
            + " own agreements) and provider staff.")
    public @NonNull List<@NonNull EvaluationView> serviceLevelHistory(@Id @NonNull String agreementId,
            @DefaultValue("12") Integer months) {
        return statuses.serviceLevelHistory(agreementId, months == null ? 12 : months).stream().map(EvaluationView::of).toList();
    }

    @Enum("SlaObjectiveStatus")
    @Description("MET; AT_RISK: in the running month, availability so far below the target or half of the month's"
            + " downtime allowance used; MISSED: the month can no longer be met (more downtime than the whole month"
            + " allows, a ticket deadline missed) or a closed month was missed; NOT_JUDGED: nothing to judge.")
    public enum Status {
        MET, AT_RISK, MISSED, NOT_JUDGED
    }

    @Type("ServiceLevelStatus")
    @Description("One agreement's running month so far.")
    public record ServiceLevelStatusView(
            @Id @NonNull String agreementId,
            @NonNull String agreementName,
            @Id @NonNull String subscriptionId,
            @Id @NonNull String productOfferingId,
            @NonNull @Description("The running month, yyyy-MM.") String period,
            @NonNull OffsetDateTime windowStart,
            @NonNull @Description("Up to when the month was assessed (now).") OffsetDateTime windowEnd,
            @NonNull Status overall,
            @NonNull List<@NonNull ObjectiveStatusView> objectives) {

        static ServiceLevelStatusView of(ServiceLevelStatuses.AgreementStanding standing) {
            List<ObjectiveStatusView> objectives = standing.objectives().stream().map(ObjectiveStatusView::of)
                    .toList();
            Status overall = objectives.stream().map(ObjectiveStatusView::status)
                    .filter(s -> s != Status.NOT_JUDGED).reduce(Status.MET,
                            (a, b) -> a == Status.MISSED || b == Status.MISSED ? Status.MISSED
                                    : a == Status.AT_RISK || b == Status.AT_RISK ? Status.AT_RISK : Status.MET);
            return new ServiceLevelStatusView(standing.agreement().getId(), standing.agreement().getName(),
                    standing.agreement().getSubscriptionId(), standing.agreement().getProductOfferingId(),
                    standing.period(), Timestamps.at(standing.window().start()),
                    Timestamps.at(standing.window().end()), overall, objectives);
        }
    }

    @Type("SlaObjectiveStatusFigure")
    @Description("One objective so far: contractual and delivered in the unit, and its status.")
    public record ObjectiveStatusView(
            @NonNull EvaluationVocabulary.Objective objective,
            @NonNull EvaluationVocabulary.Unit unit,
            BigDecimal contractual,
            BigDecimal delivered,
            @Description("The time target behind a ticket objective, in minutes.") Integer targetMinutes,
            @NonNull Status status) {

        static ObjectiveStatusView of(ServiceLevelStatuses.ObjectiveStanding standing) {
            return new ObjectiveStatusView(
                    Enums.as(EvaluationVocabulary.Objective.class, standing.outcome().objective()),
                    Enums.as(EvaluationVocabulary.Unit.class, standing.outcome().unit()),
                    standing.outcome().contractual(), standing.outcome().delivered(),
                    standing.outcome().targetMinutes(), Enums.as(Status.class, standing.status()));
        }
    }

    @Type("ServiceLevelTrend")
    @Description("Delivered availability per UTC day of a month against the agreement's target.")
    public record ServiceLevelTrendView(
            @Id @NonNull String agreementId,
            @NonNull String period,
            @NonNull @Description("The availability target in percent.") BigDecimal targetPercent,
            @NonNull List<@NonNull ServiceLevelDayView> days) {

        static ServiceLevelTrendView of(ServiceLevelStatuses.Trend trend) {
            return new ServiceLevelTrendView(trend.agreement().getId(), trend.period(), trend.targetPercent(),
                    trend.days().stream().map(d -> new ServiceLevelDayView(d.day(),
                            d.availability().percent(), d.availability().down().toSeconds(),
                            d.availability().counted().toSeconds(), d.belowTarget())).toList());
        }
    }

    @Type("ServiceLevelDay")
    @Description("One day (UTC; the running day up to now): availability in percent (four decimals, cut), seconds"
            + " down and counted (excused planned outages are not counted).")
    public record ServiceLevelDayView(@NonNull LocalDate day, @NonNull BigDecimal availability,
            @NonNull long downSeconds, @NonNull long countedSeconds, @NonNull boolean belowTarget) {
    }
}
