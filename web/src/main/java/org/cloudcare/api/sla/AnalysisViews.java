package org.cloudcare.api.sla;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.cloudcare.api.Enums;
import org.cloudcare.api.PageInfo;
import org.cloudcare.api.catalog.Views.MoneyView;
import org.cloudcare.api.catalog.Vocabulary;
import org.cloudcare.sla.boundary.QualityAnalyses;
import org.cloudcare.sla.entity.QualityAnalysis;
import org.cloudcare.sla.entity.QualityTrend;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The output types of the provider's SLA view and quality analysis. Mapped here, never serialised. */
final class AnalysisViews {

    private AnalysisViews() {
    }

    @Type("AgreementAtRisk")
    @Description("An agreement whose running month, as last evaluated, is at risk: availability below the"
            + " contractual target (BELOW_TARGET) or below the offering's warning value (BELOW_WARNING), or at least"
            + " 80 % of the downtime the target allows for the month used (DOWNTIME_NEARLY_USED).")
    public record AtRiskView(
            @NonNull @Id String agreementId,
            @NonNull @Id String customerId,
            @NonNull @Id String subscriptionId,
            @NonNull @Id String productOfferingId,
            @NonNull String period,
            @NonNull BigDecimal contractual,
            BigDecimal warning,
            @NonNull BigDecimal delivered,
            @NonNull long allowedDowntimeSeconds,
            @NonNull long usedDowntimeSeconds,
            @NonNull List<@NonNull String> reasons,
            @NonNull OffsetDateTime evaluatedAt) {

        static AtRiskView of(QualityAnalyses.AtRisk atRisk) {
            return new AtRiskView(atRisk.agreement().getId(), atRisk.agreement().getCustomerId(),
                    atRisk.agreement().getSubscriptionId(), atRisk.agreement().getProductOfferingId(),
                    atRisk.availability().getPeriod(), atRisk.risk().contractual(), atRisk.warning(),
                    atRisk.risk().delivered(), atRisk.risk().allowedDowntimeSeconds(),
                    atRisk.risk().usedDowntimeSeconds(), atRisk.risk().reasons().stream().map(Enum::name).toList(),
                    atRisk.availability().getEvaluatedAt());
        }
    }

    public record AtRiskEdge(@NonNull String cursor, @NonNull AtRiskView node) {
    }

    @Type("AgreementAtRiskConnection")
    public record AtRiskConnection(@NonNull List<@NonNull AtRiskEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }

    @Type("QualityAnalysis")
    @Description("One logged quality analysis run (trend or aggregate) with the offerings it concerns.")
    public record AnalysisView(
            @NonNull @Id String id,
            @NonNull String kind,
            Vocabulary.Category category,
            String region,
            @NonNull EvaluationVocabulary.Objective objective,
            @NonNull String periodFrom,
            @NonNull String periodTo,
            @NonNull String runBy,
            @NonNull OffsetDateTime runAt,
            @NonNull boolean deteriorationFlagged,
            @NonNull String findings,
            @NonNull List<@NonNull String> productOfferingIds) {

        static AnalysisView of(QualityAnalysis analysis) {
            return new AnalysisView(analysis.getId(), analysis.getKind().name(),
                    analysis.getCategory() == null ? null : Enums.as(Vocabulary.Category.class, analysis.getCategory()),
                    analysis.getRegion(), Enums.as(EvaluationVocabulary.Objective.class, analysis.getObjective()),
                    analysis.getPeriodFrom(), analysis.getPeriodTo(), analysis.getRunBy(), analysis.getRunAt(),
                    analysis.isDeteriorationFlagged(), analysis.getFindings(),
                    analysis.getProductOfferingIds().stream().sorted().toList());
        }
    }

    public record AnalysisEdge(@NonNull String cursor, @NonNull AnalysisView node) {
    }

    @Type("QualityAnalysisConnection")
    public record AnalysisConnection(@NonNull List<@NonNull AnalysisEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }

    @Type("SlaTrendMonth")
    public record TrendMonthView(@NonNull String period, @NonNull BigDecimal average, @NonNull BigDecimal worst,
            @NonNull long agreements) {

        static TrendMonthView of(QualityTrend.Month month) {
            return new TrendMonthView(month.period(), month.average(), month.worst(), month.agreements());
        }
    }

    @Type("SlaTrendAnalysis")
    @Description("Delivered quality of a group of like offerings per closed month, oldest first; flags CONSECUTIVE_"
            + "DECLINE (three month-on-month declines in a row) and CROSSED_WARNING (the latest month beyond the"
            + " strictest warning value of the group's offerings, the month before not).")
    public record TrendView(
            @NonNull AnalysisView analysis,
            @NonNull List<@NonNull TrendMonthView> months,
            BigDecimal warning,
            @NonNull List<@NonNull String> flags,
            @NonNull boolean deteriorates) {

        static TrendView of(QualityAnalyses.Trend trend) {
            return new TrendView(AnalysisView.of(trend.analysis()),
                    trend.trend().months().stream().map(TrendMonthView::of).toList(), trend.trend().warning(),
                    trend.flags().stream().map(Enum::name).toList(), !trend.flags().isEmpty());
        }
    }

    @Type("SlaAggregateAnalysis")
    @Description("One objective in one month across customers: agreements evaluated, how many were judged and met,"
            + " the average and worst delivered value, violations and their credits per currency.")
    public record AggregateView(
            @NonNull AnalysisView analysis,
            @NonNull long agreements,
            @NonNull long judged,
            @NonNull long met,
            @Description("Percent of the judged agreements that met the objective; null when none was judged.")
            BigDecimal metShare,
            BigDecimal averageDelivered,
            BigDecimal minDelivered,
            @NonNull long violations,
            @NonNull List<@NonNull MoneyView> credits) {

        static AggregateView of(QualityAnalyses.Aggregate aggregate) {
            return new AggregateView(AnalysisView.of(aggregate.analysis()), aggregate.agreements(),
                    aggregate.judged(), aggregate.met(), aggregate.metShare(), aggregate.averageDelivered(),
                    aggregate.minDelivered(), aggregate.violations(),
                    aggregate.credits().stream().map(MoneyView::of).toList());
        }
    }
}
