package org.cloudcare.api.problem;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cloudcare.api.Enums;
import org.cloudcare.api.PageInfo;
import org.cloudcare.problem.control.TicketReading;
import org.cloudcare.problem.entity.AttachmentLink;
import org.cloudcare.problem.entity.ChronologyEntry;
import org.cloudcare.problem.entity.DiagnosticNote;
import org.cloudcare.problem.entity.IncidentReport;
import org.cloudcare.problem.entity.TicketDeadline;
import org.cloudcare.problem.entity.TicketEscalation;
import org.cloudcare.problem.entity.TicketStatusChange;
import org.cloudcare.problem.entity.TroubleTicket;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The output types of the trouble ticket area (views of the entities; GraphQL never serialises an entity). */
final class Views {

    private Views() {
    }

    @Type("TroubleTicket")
    @Description("A customer's problem or request (TMF621 TroubleTicket) with its clocks against the agreement, its"
            + " status history, notes (customers see only the ones visible to them) and escalations.")
    public record TroubleTicketView(@Id @NonNull String id,
            @NonNull @Description("The customer's code (tenant).") String customer, @Id @NonNull String subscriptionId,
            @Id String agreementId, @NonNull Vocabulary.Kind kind, @NonNull String ticketType,
            @NonNull Vocabulary.Severity severity,
            @NonNull @Description("The working priority, raised by escalations.") Vocabulary.Priority priority,
            @NonNull @Description("The priority the targets are counted against: the one given at reception.")
            Vocabulary.Priority targetPriority, @NonNull Vocabulary.Impact impact, @NonNull String description,
            @NonNull Vocabulary.Channel channel, @NonNull String recordedBy, @NonNull boolean onBehalfOfCustomer,
            @NonNull Vocabulary.Status status,
            @NonNull @Description("The TMF621 word of the status, e.g. inProgress.") String tmfStatus,
            String statusReason, @NonNull OffsetDateTime receivedAt, OffsetDateTime respondedAt,
            OffsetDateTime resolvedAt, OffsetDateTime endedAt, String rootCause, String resolution,
            String customerAcceptance, SatisfactionView satisfaction,
            @Id @Description("The modify customer order an accepted change request became; it names this ticket too.")
            String changeOrderId,
            @Description("The earliest deadline whose clock runs; null while no clock runs or it is paused.")
            OffsetDateTime nextDueAt,
            @NonNull @Description("The response clock, and for an incident the repair clock; empty when the"
                    + " subscription has no agreed targets.") List<@NonNull DeadlineView> deadlines,
            @NonNull List<@NonNull AttachmentView> attachments, @NonNull List<@NonNull String> relatedTicketIds,
            @NonNull List<@NonNull StatusChangeView> statusChangeHistory, @NonNull List<@NonNull NoteView> notes,
            @NonNull List<@NonNull EscalationView> escalations, @NonNull OffsetDateTime updatedAt,
            @NonNull long version) {

        static TroubleTicketView of(TicketReading reading) {
            TroubleTicket ticket = reading.ticket();
            return new TroubleTicketView(ticket.getId(), ticket.getTenant(), ticket.getSubscriptionId(),
                    ticket.getAgreementId(), Enums.as(Vocabulary.Kind.class, ticket.getKind()), ticket.getTicketType(),
                    Enums.as(Vocabulary.Severity.class, ticket.getSeverity()),
                    Enums.as(Vocabulary.Priority.class, ticket.getPriority()),
                    Enums.as(Vocabulary.Priority.class, ticket.getTargetPriority()),
                    Enums.as(Vocabulary.Impact.class, ticket.getImpact()), ticket.getDescription(),
                    Enums.as(Vocabulary.Channel.class, ticket.getChannel()), ticket.getRecordedBy(),
                    ticket.isOnBehalfOfCustomer(), Enums.as(Vocabulary.Status.class, ticket.getStatus()),
                    ticket.getStatus().tmfName(), ticket.getStatusReason(), ticket.getReceivedAt(),
                    ticket.getRespondedAt(), ticket.getResolvedAt(), ticket.getEndedAt(), ticket.getRootCause(),
                    ticket.getResolution(), ticket.getCustomerAcceptance(),
                    ticket.getRating().map(r -> new SatisfactionView(r.getScore(), r.getComment(), r.getRatedAt()))
                            .orElse(null),
                    ticket.getChangeOrderId(), ticket.getNextDueAt(),
                    reading.deadlines().stream().map(DeadlineView::of).toList(),
                    ticket.getAttachments().stream().map(AttachmentView::of).toList(),
                    List.copyOf(ticket.getRelatedTicketIds()),
                    ticket.getStatusChanges().stream().map(StatusChangeView::of).toList(),
                    reading.notes().stream().map(NoteView::of).toList(),
                    ticket.getEscalations().stream().map(EscalationView::of).toList(), ticket.getUpdatedAt(),
                    ticket.getVersion());
        }
    }

    @Type("TroubleTicketDeadline")
    @Description("One clock of the ticket in business time (the agreement's support hours), read now.")
    public record DeadlineView(@NonNull Vocabulary.DeadlineKind kind, @NonNull long targetMinutes,
            @Description("Null while the clock is paused (waiting for the customer).") OffsetDateTime due,
            @NonNull @Description("Business minutes left; negative when the deadline was missed.") long timeLeftMinutes,
            @NonNull boolean stopped, @NonNull boolean breached) {

        static DeadlineView of(TicketDeadline deadline) {
            return new DeadlineView(Enums.as(Vocabulary.DeadlineKind.class, deadline.kind()),
                    deadline.target().toMinutes(),
                    deadline.due() == null ? null : deadline.due().atOffset(ZoneOffset.UTC),
                    deadline.timeLeft().toMinutes(), deadline.stopped(), deadline.breached());
        }
    }

    @Type("TroubleTicketSatisfaction")
    public record SatisfactionView(@NonNull int score, String comment, @NonNull OffsetDateTime ratedAt) {
    }

    @Type("TroubleTicketAttachment")
    public record AttachmentView(@NonNull String url, @NonNull String name) {

        static AttachmentView of(AttachmentLink link) {
            return new AttachmentView(link.getUrl(), link.getName());
        }
    }

    @Type("TroubleTicketStatusChange")
    @Description("One move of the ticket: from, to, who, when and why.")
    public record StatusChangeView(@NonNull int sequence, Vocabulary.Status from, @NonNull Vocabulary.Status to,
            @NonNull OffsetDateTime changedAt, @NonNull String changedBy, @NonNull Vocabulary.ActorKind actorKind,
            String reason) {

        static StatusChangeView of(TicketStatusChange change) {
            return new StatusChangeView(change.getSequence(), Enums.as(Vocabulary.Status.class, change.getFrom()),
                    Enums.as(Vocabulary.Status.class, change.getTo()), change.getChangedAt(), change.getChangedBy(),
                    Enums.as(Vocabulary.ActorKind.class, change.getActorKind()), change.getReason());
        }
    }

    @Type("TroubleTicketNote")
    public record NoteView(@Id @NonNull String id, @NonNull Vocabulary.NoteVisibility visibility,
            @NonNull String author, @NonNull Vocabulary.ActorKind authorKind, @NonNull OffsetDateTime writtenAt,
            @NonNull String text) {

        static NoteView of(DiagnosticNote note) {
            return new NoteView(note.getId(), Enums.as(Vocabulary.NoteVisibility.class, note.getVisibility()),
                    note.getAuthor(), Enums.as(Vocabulary.ActorKind.class, note.getAuthorKind()), note.getWrittenAt(),
                    note.getText());
        }
    }

    @Type("TroubleTicketEscalation")
    @Description("A missed deadline, escalated once: the priority went one step up.")
    public record EscalationView(@NonNull Vocabulary.DeadlineKind deadlineKind, @NonNull OffsetDateTime deadline,
            @NonNull OffsetDateTime escalatedAt, @NonNull Vocabulary.Priority fromPriority,
            @NonNull Vocabulary.Priority toPriority) {

        static EscalationView of(TicketEscalation escalation) {
            return new EscalationView(Enums.as(Vocabulary.DeadlineKind.class, escalation.getDeadlineKind()),
                    escalation.getDeadline(), escalation.getEscalatedAt(),
                    Enums.as(Vocabulary.Priority.class, escalation.getFromPriority()),
                    Enums.as(Vocabulary.Priority.class, escalation.getToPriority()));
        }
    }

    @Type("IncidentReport")
    @Description("A report about a major incident to the customer (ISO/TS 23535 5.5): while it lasts, and the"
            + " conclusion once it is resolved; the customer's administrator may add the customer's evaluation.")
    public record IncidentReportView(@Id @NonNull String id, @Id @NonNull String troubleTicketId,
            @NonNull Vocabulary.ReportKind kind, @NonNull String impact,
            @Description("The cause so far, or the root cause found.") String cause, String explanation,
            String countermeasures, @NonNull List<@NonNull ChronologyView> chronology, @NonNull String author,
            @NonNull OffsetDateTime writtenAt, OffsetDateTime deliveredAt, String customerEvaluation,
            String businessImpact, String evaluatedBy, OffsetDateTime evaluatedAt, @NonNull long version) {

        static IncidentReportView of(IncidentReport report) {
            return new IncidentReportView(report.getId(), report.getTicketId(),
                    Enums.as(Vocabulary.ReportKind.class, report.getKind()), report.getImpact(),
                    report.getCauseSoFar(), report.getExplanation(), report.getCountermeasures(),
                    report.getChronology().stream().map(ChronologyView::of).toList(), report.getAuthor(),
                    report.getWrittenAt(), report.getDeliveredAt(), report.getCustomerEvaluation(),
                    report.getBusinessImpact(), report.getEvaluatedBy(), report.getEvaluatedAt(),
                    report.getVersion());
        }
    }

    @Type("IncidentChronologyEntry")
    public record ChronologyView(@NonNull OffsetDateTime occurredAt, @NonNull String text) {

        static ChronologyView of(ChronologyEntry entry) {
            return new ChronologyView(entry.getOccurredAt(), entry.getText());
        }
    }

    public record TroubleTicketEdge(@NonNull String cursor, @NonNull TroubleTicketView node) {
    }

    public record TroubleTicketConnection(@NonNull List<@NonNull TroubleTicketEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }
}
