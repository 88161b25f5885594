package org.cloudcare.order.entity;

import java.time.Instant;

/**
 * One item of a customer order as the customer asked for it, before any check: what to do ({@code action}) with which
 * catalogue offering, how many, in which region, by when, and - for a modify or delete - on which subscription.
 * Every field may be missing or wrong here; {@link OrderValidation#of} says what is. {@code relocationConsent} is the
 * customer's agreement that a modify moves the subscription's data to another region (ISO/TS 23535 5.7.2).
 */
public record OrderItemRequest(OrderItemAction action, String productOfferingId, Integer quantity, String regionCode,
        Instant requestedCompletionDate, String subscriptionId, boolean relocationConsent) {

    public OrderItemRequest(OrderItemAction action, String productOfferingId, Integer quantity, String regionCode,
            Instant requestedCompletionDate, String subscriptionId) {
        this(action, productOfferingId, quantity, regionCode, requestedCompletionDate, subscriptionId, false);
    }

    public static OrderItemRequest add(String productOfferingId, int quantity, String regionCode) {
        return new OrderItemRequest(OrderItemAction.ADD, productOfferingId, quantity, regionCode, null, null);
    }

    public static OrderItemRequest modify(String subscriptionId, String productOfferingId, int quantity,
            String regionCode) {
        return new OrderItemRequest(OrderItemAction.MODIFY, productOfferingId, quantity, regionCode, null,
                subscriptionId);
    }

    public static OrderItemRequest delete(String subscriptionId, String productOfferingId) {
        return new OrderItemRequest(OrderItemAction.DELETE, productOfferingId, null, null, null, subscriptionId);
    }

    public OrderItemRequest by(Instant requestedCompletionDate) {
        return new OrderItemRequest(action, productOfferingId, quantity, regionCode, requestedCompletionDate,
                subscriptionId, relocationConsent);
    }

    /** The same item with the customer's consent to move the data to its region. */
    public OrderItemRequest withRelocationConsent() {
        return new OrderItemRequest(action, productOfferingId, quantity, regionCode, requestedCompletionDate,
                subscriptionId, true);
    }
}
