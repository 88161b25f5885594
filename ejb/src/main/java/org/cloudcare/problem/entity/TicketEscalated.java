package org.cloudcare.problem.entity;

import java.time.OffsetDateTime;

import org.cloudcare.platform.outbox.DomainEvent;

/** A ticket missed a deadline and its priority was raised: the service manager is told through the outbox. */
public record TicketEscalated(String ticketId, String tenant, DeadlineKind deadlineKind, OffsetDateTime deadline,
        TicketPriority fromPriority, TicketPriority toPriority) implements DomainEvent {

    public static final String TYPE = "problem.escalated";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return TroubleTicket.TYPE;
    }

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
