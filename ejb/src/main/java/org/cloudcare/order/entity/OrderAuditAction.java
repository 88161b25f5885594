package org.cloudcare.order.entity;

import org.cloudcare.audit.entity.AuditAction;
import org.cloudcare.customer.entity.Subscription;

/** What the audit trail records of customer order management. */
public enum OrderAuditAction implements AuditAction {
    ORDER_PLACED(CustomerOrder.TYPE),
    ORDER_STATE_CHANGED(CustomerOrder.TYPE),
    /** The service manager put the whole order pending (waiting for the customer). */
    ORDER_PENDING(CustomerOrder.TYPE),
    /** The service manager held the whole order. */
    ORDER_HELD(CustomerOrder.TYPE),
    /** The service manager resumed a pending or held order. */
    ORDER_RESUMED(CustomerOrder.TYPE),
    ORDER_CANCELLATION_REQUESTED(CustomerOrder.TYPE),
    ORDER_CANCELLATION_DENIED(CustomerOrder.TYPE),
    ORDER_CANCELLED(CustomerOrder.TYPE),
    ORDER_DECOMPOSED(CustomerOrder.TYPE),
    ORDER_JEOPARDY_CHANGED(CustomerOrder.TYPE),
    PRODUCT_ORDER_STARTED(ProductOrder.TYPE),
    PRODUCT_ORDER_PENDING(ProductOrder.TYPE),
    PRODUCT_ORDER_HELD(ProductOrder.TYPE),
    PRODUCT_ORDER_RESUMED(ProductOrder.TYPE),
    PRODUCT_ORDER_COMPLETED(ProductOrder.TYPE),
    PRODUCT_ORDER_FAILED(ProductOrder.TYPE),
    PRODUCT_ORDER_MILESTONE_REACHED(ProductOrder.TYPE),
    /** Publication of a completed add. */
    SUBSCRIPTION_CREATED(Subscription.TYPE),
    SUBSCRIPTION_ACTIVATED(Subscription.TYPE),
    /** Publication of a completed modify that kept the region. */
    SUBSCRIPTION_MODIFIED(Subscription.TYPE),
    /** Publication of a completed modify that moved the customer's data to another region (ISO/TS 23535 5.7.2). */
    SUBSCRIPTION_RELOCATED(Subscription.TYPE),
    SUBSCRIPTION_SUSPENDED(Subscription.TYPE),
    SUBSCRIPTION_RESUMED(Subscription.TYPE),
    /** Publication of a completed delete. */
    SUBSCRIPTION_TERMINATED(Subscription.TYPE);

    private final String entityType;

    OrderAuditAction(String entityType) {
        this.entityType = entityType;
    }

    @Override
    public String entityType() {
        return entityType;
    }
}
