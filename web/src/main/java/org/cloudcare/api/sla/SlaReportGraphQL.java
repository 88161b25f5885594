package org.cloudcare.api.sla;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.catalog.Views.MoneyView;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.api.order.OrderReportingGraphQL.OrderCompletionOnTimeView;
import org.cloudcare.api.problem.TicketReportingGraphQL.Statistics;
import org.cloudcare.api.sla.EvaluationViews.ObjectiveEvaluationView;
import org.cloudcare.api.sla.EvaluationViews.PlannedOutageView;
import org.cloudcare.api.sla.EvaluationViews.ViolationView;
import org.cloudcare.api.sla.SlaIssueGraphQL.SlaIssueView;
import org.cloudcare.sla.boundary.SlaReport;
import org.cloudcare.sla.boundary.SlaReports;
import org.cloudcare.sla.entity.SlaViolation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/**
 * The SLA report of a customer and month over GraphQL; the same document is downloadable as JSON, HTML or PDF from
 * {@link SlaReportDownload}. Thin: the EJB boundary decides who may read it.
 */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class SlaReportGraphQL {

    @Inject
    SlaReports reports;

    @Query
    @Description("The SLA report of one customer for a month (yyyy-MM): its agreements with each objective's"
            + " contractual and delivered value as last evaluated, the violations with their credits and the total"
            + " credit per currency, planned outages, SLA issues and their outcome, ticket figures and order"
            + " completion on time. The customer's administrator and business manager read their own customer's"
            + " (another customer's id is NOT_FOUND), provider staff every customer's. Also downloadable:"
            + " GET /reports/sla?customerId=..&period=..&format=json|html|pdf with the same bearer token.")
    public @NonNull SlaReportView slaReport(@Id @NonNull String customerId, @NonNull String period) {
        return SlaReportView.of(reports.slaReport(customerId, period));
    }

    @Type("SlaReport")
    @Description("One customer's SLA report for a month (UTC).")
    public record SlaReportView(
            @Id @NonNull String customerId,
            @NonNull String customerName,
            @NonNull @Description("The month, yyyy-MM.") String period,
            @NonNull OffsetDateTime generatedAt,
            @NonNull List<@NonNull SlaReportAgreementView> agreements,
            @NonNull List<@NonNull ViolationView> violations,
            @NonNull @Description("The violations' service credits summed per currency.")
            List<@NonNull MoneyView> creditTotals,
            @NonNull List<@NonNull PlannedOutageView> plannedOutages,
            @NonNull List<@NonNull SlaIssueView> issues,
            @Description("The figures of the tickets received in the month; null when none was.") Statistics tickets,
            @NonNull OrderCompletionOnTimeView orderCompletionOnTime) {

        static SlaReportView of(SlaReport report) {
            return new SlaReportView(report.customer().getId(), report.customer().getName(), report.period(),
                    report.generatedAt(), report.agreements().stream().map(SlaReportAgreementView::of).toList(),
                    report.violations().stream().map(ViolationView::of).toList(),
                    report.creditTotals().entrySet().stream().map(e -> new MoneyView(e.getValue(), e.getKey()))
                            .toList(),
                    report.plannedOutages().stream().map(PlannedOutageView::of).toList(),
                    report.issues().stream().map(SlaIssueView::of).toList(),
                    report.tickets() == null ? null : Statistics.of(report.tickets()),
                    OrderCompletionOnTimeView.of(report.orders()));
        }
    }

    @Type("SlaReportAgreement")
    @Description("One agreement in force in the month, with its objectives as last evaluated (none when the month"
            + " was never evaluated for it).")
    public record SlaReportAgreementView(
            @Id @NonNull String agreementId,
            @Id @NonNull String subscriptionId,
            @NonNull String name,
            @NonNull String status,
            @NonNull boolean evaluated,
            @Description("Whether the month had ended when it was evaluated.") Boolean finalResult,
            @NonNull List<@NonNull ObjectiveEvaluationView> objectives,
            @NonNull @Description("The agreement's service credits in the month, per currency.")
            List<@NonNull MoneyView> credit) {

        static SlaReportAgreementView of(SlaReport.AgreementSection section) {
            Map<Object, SlaViolation> byObjective = section.violations().stream()
                    .collect(Collectors.toMap(SlaViolation::getObjective, Function.identity()));
            Map<String, BigDecimal> credit = SlaViolation.creditsDue(section.violations());
            return new SlaReportAgreementView(section.agreement().getId(), section.agreement().getSubscriptionId(),
                    section.agreement().getName(), section.agreement().getStatus().name(),
                    !section.objectives().isEmpty(),
                    section.objectives().isEmpty() ? null : section.objectives().get(0).isPeriodClosed(),
                    section.objectives().stream().map(r -> ObjectiveEvaluationView.of(r,
                            byObjective.get(r.getObjective()))).toList(),
                    credit.entrySet().stream().map(e -> new MoneyView(e.getValue(), e.getKey())).toList());
        }
    }
}
