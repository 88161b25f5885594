package org.cloudcare.order.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;

/**
 * One checked item of a {@link CustomerOrder} (TMF622 ProductOrderItem as the customer ordered it): the action on a
 * catalogue offering, named by id, with quantity and region (none for a delete), the requested completion date and,
 * for a modify or delete, the subscription it changes. Items never change once placed; {@link #getPosition()} is the
 * index the consistency check named it by.
 */
@Entity
@Table(name = "customer_order_item")
public class OrderItem implements TenantOwned {

    @Id
    private String id;

    // lazy: items are read in batches by order, never to reach their order
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", updatable = false)
    private CustomerOrder order;

    @Column(name = "order_id", nullable = false, insertable = false, updatable = false)
    private String orderId;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderItemAction action;

    @Column(name = "product_offering_id", nullable = false, updatable = false)
    private String productOfferingId;

    @Column(updatable = false)
    private Integer quantity;

    @Column(name = "region_code", updatable = false)
    private String regionCode;

    @Column(name = "requested_completion_date", updatable = false)
    private OffsetDateTime requestedCompletionDate;

    @Column(name = "subscription_id", updatable = false)
    private String subscriptionId;

    @Column(name = "relocation_consent_by", updatable = false)
    private String relocationConsentBy;

    @Column(name = "relocation_consent_at", updatable = false)
    private OffsetDateTime relocationConsentAt;

    protected OrderItem() {
    }

    /**
     * An item from a request the consistency check has accepted; a modify's relocation consent, when given, is
     * credited to {@code consentBy} at {@code consentAt}.
     */
    OrderItem(CustomerOrder order, int position, OrderItemRequest request, String consentBy,
            OffsetDateTime consentAt) {
        this.id = UUID.randomUUID().toString();
        this.order = order;
        this.orderId = order.getId();
        this.tenant = order.getTenant();
        this.position = position;
        this.action = request.action();
        this.productOfferingId = request.productOfferingId().strip();
        boolean delete = action == OrderItemAction.DELETE;
        this.quantity = delete ? null : request.quantity();
        this.regionCode = delete || request.regionCode() == null ? null : request.regionCode().strip();
        this.requestedCompletionDate = request.requestedCompletionDate() == null ? null
                : Timestamps.at(request.requestedCompletionDate());
        this.subscriptionId = action == OrderItemAction.ADD ? null : request.subscriptionId().strip();
        if (action == OrderItemAction.MODIFY && request.relocationConsent()) {
            this.relocationConsentBy = consentBy;
            this.relocationConsentAt = consentAt;
        }
    }

    /** Who consented to moving the subscription's data to this item's region; null without consent. */
    public String getRelocationConsentBy() {
        return relocationConsentBy;
    }

    /** When the consent to the relocation was given; null without consent. */
    public OffsetDateTime getRelocationConsentAt() {
        return relocationConsentAt;
    }

    /** When this item is due: its own requested date, else the order's (null when neither asks for one). */
    public Instant dueDate() {
        if (requestedCompletionDate != null) {
            return requestedCompletionDate.toInstant();
        }
        return order.getRequestedCompletionDate() == null ? null : order.getRequestedCompletionDate().toInstant();
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public String getOrderId() {
        return orderId;
    }

    public int getPosition() {
        return position;
    }

    public OrderItemAction getAction() {
        return action;
    }

    public String getProductOfferingId() {
        return productOfferingId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public OffsetDateTime getRequestedCompletionDate() {
        return requestedCompletionDate;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }
}
