package org.cloudcare.order.entity;

import java.time.OffsetDateTime;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * A product order moved from one state to another: orchestration hands it to fulfilment or re-derives its customer
 * order, notifications tell the customer. {@code from} is null when the product order was created by decomposition.
 */
public record ProductOrderStateChanged(String productOrderId, String orderId, String tenant,
        String productOfferingId, ProductOrderState from, ProductOrderState to, OffsetDateTime changedAt,
        String reason) implements DomainEvent {

    public static final String TYPE = "order.product-order-state-changed";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return ProductOrder.TYPE;
    }

    @Override
    public String aggregateId() {
        return productOrderId;
    }
}
