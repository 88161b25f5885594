package org.cloudcare.api.sla;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Connections;
import org.cloudcare.api.Enums;
import org.cloudcare.api.PageInfo;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.sla.boundary.SlaIssues;
import org.cloudcare.sla.entity.EvaluatedObjective;
import org.cloudcare.sla.entity.SlaIssue;
import org.cloudcare.sla.entity.SlaIssueStatus;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/**
 * SLA issue reception and analysis (ITU-T 10.1.2.2) over GraphQL. Thin: the EJB boundary decides who may do what.
 */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class SlaIssueGraphQL {

    @Inject
    SlaIssues issues;

    @Mutation
    @Description("Reports a suspected SLA issue for one of the customer's agreements, a month (yyyy-MM) that has"
            + " ended and an objective the agreement promises a value for, with evidence as links (the customer's"
            + " administrator and business manager). Every reason it is refused for names its field; nothing is"
            + " stored then.")
    public @NonNull SlaIssueView reportSlaIssue(@NonNull ReportSlaIssueInput input) {
        return SlaIssueView.of(issues.reportSlaIssue(input.agreementId(), input.period(),
                Enums.as(EvaluatedObjective.class, input.objective()), input.description(),
                input.evidence() == null ? List.of() : input.evidence().stream()
                        .map(e -> e == null ? null : new SlaIssue.Evidence(e.url(), e.name())).toList()));
    }

    @Mutation
    @Description("Starts the analysis of a reported SLA issue (the service manager).")
    public @NonNull SlaIssueView startSlaIssueAnalysis(@Id @NonNull String id) {
        return SlaIssueView.of(issues.startSlaIssueAnalysis(id));
    }

    @Mutation
    @Description("Confirms an SLA issue in analysis with the delivered value found (percent): the violation of the"
            + " agreement, month and objective is recorded with the credit from the agreement's tiers, or the"
            + " existing one is linked (the service manager).")
    public @NonNull SlaIssueView confirmSlaIssue(@Id @NonNull String id, @NonNull BigDecimal deliveredValue) {
        return SlaIssueView.of(issues.confirmSlaIssue(id, deliveredValue));
    }

    @Mutation
    @Description("Rejects an SLA issue in analysis with the reason the customer is told (the service manager).")
    public @NonNull SlaIssueView rejectSlaIssue(@Id @NonNull String id, @NonNull String reason) {
        return SlaIssueView.of(issues.rejectSlaIssue(id, reason));
    }

    @Query
    @Description("One SLA issue: the customer's administrator and business manager their own customer's (another"
            + " customer's id is NOT_FOUND), provider staff all.")
    public @NonNull SlaIssueView slaIssue(@Id @NonNull String id) {
        return SlaIssueView.of(issues.slaIssue(id));
    }

    @Query
    @Description("SLA issues, newest first, of a customer and/or status (each optional), as slaIssue admits them.")
    public @NonNull SlaIssueConnection slaIssues(@Id String customerId, IssueStatus status,
            @DefaultValue("20") Integer first, String after) {
        return Connections.of(issues.slaIssues(customerId, Enums.as(SlaIssueStatus.class, status),
                PageRequest.of(first, after)), SlaIssueView::of, SlaIssueEdge::new, SlaIssueConnection::new);
    }

    @Enum("SlaIssueStatus")
    @Description("REPORTED by the customer; IN_ANALYSIS by the service manager; CONFIRMED (a violation stands for it)"
            + " or REJECTED (with the reason), both final.")
    public enum IssueStatus {
        REPORTED,
        IN_ANALYSIS,
        CONFIRMED,
        REJECTED
    }

    @Input("ReportSlaIssueInput")
    public record ReportSlaIssueInput(
            @Id String agreementId,
            @Description("The month, yyyy-MM; it must have ended.") String period,
            EvaluationVocabulary.Objective objective,
            @Description("What was seen (at most 4000 characters).") String description,
            @Description("Links to the evidence (at most 20).") List<SlaIssueEvidenceInput> evidence) {
    }

    @Input("SlaIssueEvidenceInput")
    @Description("A link to evidence (an http or https address), and its name.")
    public record SlaIssueEvidenceInput(String url, String name) {
    }

    @Type("SlaIssueEvidence")
    public record SlaIssueEvidenceView(@NonNull String url, @NonNull String name) {
    }

    @Type("SlaIssue")
    @Description("A suspected SLA issue a customer reported (ITU-T 10.1.2.2), its analysis and outcome.")
    public record SlaIssueView(
            @Id @NonNull String id,
            @Id @NonNull String customerId,
            @Id @NonNull String agreementId,
            @Id @NonNull String subscriptionId,
            @NonNull String period,
            @NonNull EvaluationVocabulary.Objective objective,
            @NonNull String description,
            @NonNull List<@NonNull SlaIssueEvidenceView> evidence,
            @NonNull IssueStatus status,
            @NonNull String reportedBy,
            @NonNull OffsetDateTime reportedAt,
            String analysisStartedBy,
            OffsetDateTime analysisStartedAt,
            String decidedBy,
            OffsetDateTime decidedAt,
            @Description("What the analysis found delivered (confirmed issues).") BigDecimal deliveredValue,
            String rejectionReason,
            @Id @Description("The violation that stands for a confirmed issue.") String violationId,
            @NonNull long version) {

        static SlaIssueView of(SlaIssue issue) {
            return new SlaIssueView(issue.getId(), issue.getCustomerId(), issue.getAgreementId(),
                    issue.getSubscriptionId(), issue.getPeriod(),
                    Enums.as(EvaluationVocabulary.Objective.class, issue.getObjective()), issue.getDescription(),
                    issue.getEvidence().stream().map(e -> new SlaIssueEvidenceView(e.getUrl(), e.getName()))
                            .toList(),
                    Enums.as(IssueStatus.class, issue.getStatus()), issue.getReportedBy(), issue.getReportedAt(),
                    issue.getAnalysisStartedBy(), issue.getAnalysisStartedAt(), issue.getDecidedBy(),
                    issue.getDecidedAt(), issue.getDeliveredValue(), issue.getRejectionReason(),
                    issue.getViolationId(), issue.getVersion());
        }
    }

    public record SlaIssueEdge(@NonNull String cursor, @NonNull SlaIssueView node) {
    }

    @Type("SlaIssueConnection")
    public record SlaIssueConnection(@NonNull List<@NonNull SlaIssueEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }
}
