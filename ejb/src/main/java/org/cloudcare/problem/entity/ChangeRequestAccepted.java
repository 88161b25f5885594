package org.cloudcare.problem.entity;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * The provider accepted a customer's change request (ITU-T Y.3502 8.3.2.14): the {@code modify} customer order
 * {@code orderId} carries out {@code change}. Published through the outbox in the transaction of the acceptance, next
 * to the order's own {@code order.state-changed}.
 */
public record ChangeRequestAccepted(String ticketId, String tenant, String orderId, String change, String acceptedBy)
        implements DomainEvent {

    public static final String TYPE = "problem.change-request-accepted";

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
