package org.cloudcare.api.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Connections;
import org.cloudcare.api.Moments;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.api.sla.EvaluationViews.EvaluationView;
import org.cloudcare.api.sla.EvaluationViews.PlannedOutageConnection;
import org.cloudcare.api.sla.EvaluationViews.PlannedOutageEdge;
import org.cloudcare.api.sla.EvaluationViews.PlannedOutageView;
import org.cloudcare.api.sla.EvaluationViews.RunView;
import org.cloudcare.api.sla.EvaluationViews.ViolationConnection;
import org.cloudcare.api.sla.EvaluationViews.ViolationEdge;
import org.cloudcare.api.sla.EvaluationViews.ViolationView;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.sla.boundary.PlannedOutages;
import org.cloudcare.sla.boundary.SlaEvaluations;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** SLA evaluation, violations and planned outages over GraphQL. Thin: the EJB boundaries decide who may do what. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class EvaluationGraphQL {

    @Inject
    SlaEvaluations evaluations;

    @Inject
    PlannedOutages outages;

    @Mutation
    @Description("Evaluates one agreement for a month (yyyy-MM) that has begun - the running month up to now,"
            + " provisional - and answers the evaluation (the service manager). VALIDATION names period for a month"
            + " not begun or in which the agreement was not in force.")
    public @NonNull EvaluationView evaluateServiceLevelAgreement(@Id @NonNull String agreementId,
            @NonNull String period) {
        return EvaluationView.of(evaluations.evaluateServiceLevelAgreement(agreementId, period));
    }

    @Query
    @Description("The stored evaluation of one agreement for a month (yyyy-MM). The customer's administrator and"
            + " business manager read their own (other ids answer NOT_FOUND), provider staff all.")
    public @NonNull EvaluationView serviceLevelAgreementEvaluation(@Id @NonNull String agreementId,
            @NonNull String period) {
        return EvaluationView.of(evaluations.serviceLevelAgreementEvaluation(agreementId, period));
    }

    @Query
    @Description("SLA violations, newest month first, of a customer, an agreement and/or a month (yyyy-MM). The"
            + " customer's administrator and business manager see their own customer's, provider staff all.")
    public @NonNull ViolationConnection slaViolations(@Id String customerId, @Id String agreementId, String period,
            @DefaultValue("20") Integer first, String after) {
        return Connections.of(evaluations.slaViolations(customerId, agreementId, period,
                PageRequest.of(first, after)), ViolationView::of, ViolationEdge::new, ViolationConnection::new);
    }

    @Mutation
    @Description("Runs (or resumes, or runs again when completed) the evaluation of every agreement for a month that"
            + " has ended, and answers the run with its progress (the service manager). While another instance runs"
            + " it, answers that run as it stands.")
    public RunView runSlaEvaluation(@NonNull String period) {
        return RunView.of(evaluations.runSlaEvaluation(period));
    }

    @Query
    @Description("The evaluation run of a month (yyyy-MM) with its progress; null when none was started (provider"
            + " staff).")
    public RunView slaEvaluationRun(@NonNull String period) {
        return RunView.of(evaluations.slaEvaluationRun(period));
    }

    @Mutation
    @Description("Schedules a planned outage of offerings and/or subscriptions, announced now (the operations"
            + " manager). Every reason it is refused for names its field.")
    public @NonNull PlannedOutageView schedulePlannedOutage(@NonNull EvaluationInputs.SchedulePlannedOutage input) {
        return PlannedOutageView.of(outages.schedulePlannedOutage(
                EvaluationInputs.SchedulePlannedOutage.set(input.productOfferingIds()),
                EvaluationInputs.SchedulePlannedOutage.set(input.subscriptionIds()),
                Moments.parse("windowStart", input.windowStart()), Moments.parse("windowEnd", input.windowEnd()),
                input.description()));
    }

    @Mutation
    @Description("Cancels a scheduled outage whose window has not ended, with the reason (the operations manager).")
    public @NonNull PlannedOutageView cancelPlannedOutage(@NonNull EvaluationInputs.CancelPlannedOutage input) {
        return PlannedOutageView.of(outages.cancelPlannedOutage(input.id(), input.reason()));
    }

    @Query
    @Description("Planned outages whose window overlaps [from, to) (ISO 8601 with offset; either may be left out),"
            + " earliest first. Provider staff see all; a customer's users those touching their own subscriptions.")
    public @NonNull PlannedOutageConnection plannedOutages(String from, String to,
            @DefaultValue("20") Integer first, String after) {
        return Connections.of(outages.plannedOutages(Moments.parse("from", from), Moments.parse("to", to),
                PageRequest.of(first, after)), PlannedOutageView::of, PlannedOutageEdge::new,
                PlannedOutageConnection::new);
    }
}
