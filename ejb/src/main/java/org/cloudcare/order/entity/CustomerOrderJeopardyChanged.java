package org.cloudcare.order.entity;

import java.time.OffsetDateTime;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * A customer order was flagged in jeopardy (it has missed, or is expected to miss, its requested completion date) or
 * the flag was cleared: notifications tell the customer and the provider's service manager.
 */
public record CustomerOrderJeopardyChanged(String orderId, String tenant, String customerId, boolean jeopardy,
        OffsetDateTime requestedCompletionDate, OffsetDateTime assessedAt) implements DomainEvent {

    public static final String TYPE = "order.jeopardy-changed";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return CustomerOrder.TYPE;
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
