package org.cloudcare.api.problem;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Connections;
import org.cloudcare.api.Enums;
import org.cloudcare.api.Moments;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.api.problem.Views.IncidentReportView;
import org.cloudcare.api.problem.Views.TroubleTicketConnection;
import org.cloudcare.api.problem.Views.TroubleTicketEdge;
import org.cloudcare.api.problem.Views.TroubleTicketView;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.problem.boundary.TroubleTickets;
import org.cloudcare.problem.entity.NoteVisibility;
import org.cloudcare.problem.entity.ReceptionChannel;
import org.cloudcare.problem.entity.TicketImpact;
import org.cloudcare.problem.entity.TicketKind;
import org.cloudcare.problem.entity.TicketPriority;
import org.cloudcare.problem.entity.TicketSeverity;
import org.cloudcare.problem.entity.TicketStatus;
import io.smallrye.graphql.api.Deprecated;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Trouble tickets (SPEC area 4, TMF621) over GraphQL. Thin: the EJB boundary decides who may do what. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class TroubleTicketGraphQL {

    /**
     * Why troubleTicket and troubleTickets stay, for clients written before the SPEC's names were published. SmallRye
     * 2.17 prints no directives into the served SDL (its includeDirectives setting is off), so the descriptions say it
     * as well: that is what a client reading the committed schema sees.
     */
    static final String DEPRECATED_NAME = "Use problem/problems (the SPEC's contract names)";

    @Inject
    TroubleTickets tickets;

    @Query
    @Description("One problem (TMF621 trouble ticket). Users of a customer see only their own customer's; other ids"
            + " answer NOT_FOUND.")
    public TroubleTicketView problem(@Id @NonNull String id) {
        return TroubleTicketView.of(tickets.troubleTicket(id));
    }

    @Query
    @Description("The problem queue, the least time left first (tickets whose clock does not run after them, newest"
            + " first), optionally in one status and of one customer. Users of a customer see their own only.")
    public @NonNull TroubleTicketConnection problems(Vocabulary.Status status, @Id String customerId,
            @DefaultValue("20") Integer first, String after) {
        return Connections.of(tickets.troubleTickets(Enums.as(TicketStatus.class, status), customerId,
                PageRequest.of(first, after)), TroubleTicketView::of, TroubleTicketEdge::new,
                TroubleTicketConnection::new);
    }

    @Query
    @Deprecated(reason = DEPRECATED_NAME)
    @Description("Deprecated: " + DEPRECATED_NAME + ". The old name of problem(id), the same answers.")
    public TroubleTicketView troubleTicket(@Id @NonNull String id) {
        return problem(id);
    }

    @Query
    @Deprecated(reason = DEPRECATED_NAME)
    @Description("Deprecated: " + DEPRECATED_NAME + ". The old name of problems, the same answers.")
    public @NonNull TroubleTicketConnection troubleTickets(Vocabulary.Status status, @Id String customerId,
            @DefaultValue("20") Integer first, String after) {
        return problems(status, customerId, first, after);
    }

    @Query
    @Description("The incident reports of a ticket, oldest first: the customer's administrator and provider staff.")
    public @NonNull List<@NonNull IncidentReportView> incidentReports(@Id @NonNull String troubleTicketId) {
        return tickets.incidentReports(troubleTicketId).stream().map(IncidentReportView::of).toList();
    }

    @Mutation
    @Description("Reports a problem (a customer's user, through the portal) or records one on the customer's behalf"
            + " (support, with the channel it came by). Every reason a report is refused for is in"
            + " extensions.reasons.")
    public @NonNull TroubleTicketView reportProblem(@NonNull Inputs.ReportProblem input) {
        return TroubleTicketView.of(tickets.reportProblem(input.subscriptionId(),
                Enums.as(TicketKind.class, input.kind()), input.ticketType(),
                Enums.as(TicketSeverity.class, input.severity()), Enums.as(TicketPriority.class, input.priority()),
                Enums.as(TicketImpact.class, input.impact()), input.description(),
                Enums.as(ReceptionChannel.class, input.channel()), input.links()));
    }

    @Mutation
    @Description("The provider takes the ticket into work (its first response). Provider support.")
    public @NonNull TroubleTicketView startTroubleTicket(@Id @NonNull String id) {
        return TroubleTicketView.of(tickets.startTroubleTicket(id));
    }

    @Mutation
    @Description("The provider refuses the request, with the reason. Provider support.")
    public @NonNull TroubleTicketView rejectTroubleTicket(@Id @NonNull String id, @NonNull String reason) {
        return TroubleTicketView.of(tickets.rejectTroubleTicket(id, reason));
    }

    @Mutation
    @Description("The provider waits for the customer, with what it waits for: the repair clock pauses.")
    public @NonNull TroubleTicketView pendTroubleTicket(@Id @NonNull String id, @NonNull String reason) {
        return TroubleTicketView.of(tickets.pendTroubleTicket(id, reason));
    }

    @Mutation
    @Description("The provider holds the ticket (a third party, a planned change): the repair clock runs on.")
    public @NonNull TroubleTicketView holdTroubleTicket(@Id @NonNull String id, @NonNull String reason) {
        return TroubleTicketView.of(tickets.holdTroubleTicket(id, reason));
    }

    @Mutation
    @Description("Work goes on: the customer after supplying what was asked, or the provider after a hold.")
    public @NonNull TroubleTicketView resumeTroubleTicket(@Id @NonNull String id, String reason) {
        return TroubleTicketView.of(tickets.resumeTroubleTicket(id, reason));
    }

    @Mutation
    @Description("The provider has repaired or answered; a customer cannot resolve their own ticket.")
    public @NonNull TroubleTicketView resolveTroubleTicket(@Id @NonNull String id, @NonNull String resolution,
            String rootCause) {
        return TroubleTicketView.of(tickets.resolveTroubleTicket(id, resolution, rootCause));
    }

    @Mutation
    @Description("The customer accepts the resolution, with a satisfaction score (1-5) and a comment; staff close on"
            + " the customer's behalf only by recording how the customer accepted.")
    public @NonNull TroubleTicketView closeTroubleTicket(@Id @NonNull String id, Integer satisfaction,
            String satisfactionComment, String customerAcceptance) {
        return TroubleTicketView.of(tickets.closeTroubleTicket(id, customerAcceptance, satisfaction,
                satisfactionComment));
    }

    @Mutation
    @Description("The customer does not accept the resolution: back to work, with the reason.")
    public @NonNull TroubleTicketView reopenTroubleTicket(@Id @NonNull String id, @NonNull String reason) {
        return TroubleTicketView.of(tickets.reopenTroubleTicket(id, reason));
    }

    @Mutation
    @Description("The customer withdraws the request, or the provider cancels it; not once resolved.")
    public @NonNull TroubleTicketView cancelTroubleTicket(@Id @NonNull String id, @NonNull String reason) {
        return TroubleTicketView.of(tickets.cancelTroubleTicket(id, reason));
    }

    @Mutation
    @Description("The provider's service manager accepts a customer's change request: a modify customer order for"
            + " the ticket's subscription is placed on the customer's behalf (quantity and region as given, the"
            + " subscription's otherwise; relocationConsent: true when the region changes and the customer's request"
            + " asked for it), the ticket and the order name each other and the ticket goes on inProgress. A retry"
            + " answers the same order; a refused order is VALIDATION naming these arguments and stores nothing.")
    public @NonNull TroubleTicketView acceptChangeRequest(@Id @NonNull String id, Integer quantity, String region,
            Boolean relocationConsent,
            @Description("ISO 8601 date and time with offset, in the future.") String requestedCompletionDate) {
        OffsetDateTime requested = Moments.parse("requestedCompletionDate", requestedCompletionDate);
        return TroubleTicketView.of(tickets.acceptChangeRequest(id, quantity, region,
                Boolean.TRUE.equals(relocationConsent), requested == null ? null : requested.toInstant()));
    }

    @Mutation
    @Description("A diagnostic note: internal (provider staff only) or visible to the customer.")
    public @NonNull TroubleTicketView addTroubleTicketNote(@Id @NonNull String id,
            @NonNull Vocabulary.NoteVisibility visibility, @NonNull String text) {
        return TroubleTicketView.of(tickets.addTroubleTicketNote(id, Enums.as(NoteVisibility.class, visibility),
                text));
    }

    @Mutation
    @Description("Relates two tickets about the same cause, both ways. Provider support.")
    public @NonNull TroubleTicketView relateTroubleTickets(@Id @NonNull String id, @Id @NonNull String relatedTicketId) {
        return TroubleTicketView.of(tickets.relateTroubleTickets(id, relatedTicketId));
    }

    @Mutation
    @Description("The root cause found so far. Provider support.")
    public @NonNull TroubleTicketView recordTroubleTicketRootCause(@Id @NonNull String id,
            @NonNull String rootCause) {
        return TroubleTicketView.of(tickets.recordTroubleTicketRootCause(id, rootCause));
    }

    @Mutation
    @Description("An incident report while a major incident lasts (impact, cause so far), delivered to the"
            + " customer's administrators. Provider support.")
    public @NonNull IncidentReportView writeIncidentReport(@Id @NonNull String troubleTicketId, @NonNull String impact,
            @NonNull String causeSoFar) {
        return IncidentReportView.of(tickets.writeIncidentReport(troubleTicketId, impact, causeSoFar));
    }

    @Mutation
    @Description("The incident conclusion report once the incident is resolved: chronology, explanation and"
            + " countermeasures, delivered to the customer's administrators. Provider support.")
    public @NonNull IncidentReportView writeIncidentConclusionReport(@Id @NonNull String troubleTicketId,
            @NonNull String impact, @NonNull List<Inputs.@NonNull ChronologyInput> chronology,
            @NonNull String explanation, @NonNull String countermeasures) {
        return IncidentReportView.of(tickets.writeIncidentConclusionReport(troubleTicketId, impact,
                Inputs.chronology(chronology), explanation, countermeasures));
    }

    @Mutation
    @Description("The customer's own evaluation of the incident and its business impact. The customer's"
            + " administrator.")
    public @NonNull IncidentReportView evaluateIncidentReport(@Id @NonNull String id, @NonNull String evaluation,
            String businessImpact) {
        return IncidentReportView.of(tickets.evaluateIncidentReport(id, evaluation, businessImpact));
    }
}
