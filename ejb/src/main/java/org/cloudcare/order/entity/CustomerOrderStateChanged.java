package org.cloudcare.order.entity;

import java.time.OffsetDateTime;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * A customer order moved from one TMF622 state to another (TMF622 ProductOrderStateChangeEvent): notifications tell
 * the customer, publication acts on a finished order. {@code from} is null when the order was placed.
 */
public record CustomerOrderStateChanged(String orderId, String tenant, String customerId, CustomerOrderState from,
        CustomerOrderState to, String actor, OffsetDateTime changedAt, String reason) implements DomainEvent {

    public static final String TYPE = "order.state-changed";

    static CustomerOrderStateChanged of(CustomerOrder order, OrderStateChange change) {
        return new CustomerOrderStateChanged(order.getId(), order.getTenant(), order.getCustomerId(), change.getFrom(),
                change.getTo(), change.getActor(), change.getChangedAt(), change.getReason());
    }

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
