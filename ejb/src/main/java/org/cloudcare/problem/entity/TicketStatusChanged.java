package org.cloudcare.problem.entity;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * A ticket moved to another status: what notifications, the interaction history and the customer's webhooks act on.
 * Published through the outbox in the transaction of the change.
 */
public record TicketStatusChanged(String ticketId, String tenant, TicketStatus from, TicketStatus to, String reason,
        String changedBy, ActorKind actorKind) implements DomainEvent {

    public static final String TYPE = "problem.status-changed";

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
