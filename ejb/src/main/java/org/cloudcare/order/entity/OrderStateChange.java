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
 * One line of a customer order's state history: from which state to which, who moved it, when and why. The first
 * line of an order has no {@code from}. History never changes.
 */
@Entity
@Table(name = "customer_order_state_change")
public class OrderStateChange implements TenantOwned {

    @Id
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", updatable = false)
    private CustomerOrder order;

    @Column(name = "order_id", nullable = false, insertable = false, updatable = false)
    private String orderId;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private CustomerOrderState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private CustomerOrderState to;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    @Column(updatable = false)
    private String reason;

    protected OrderStateChange() {
    }

    OrderStateChange(CustomerOrder order, int sequence, CustomerOrderState from, CustomerOrderState to, String actor,
            Instant at, String reason) {
        this.id = UUID.randomUUID().toString();
        this.order = order;
        this.orderId = order.getId();
        this.tenant = order.getTenant();
        this.sequence = sequence;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.changedAt = Timestamps.at(at);
        this.reason = reason;
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

    public int getSequence() {
        return sequence;
    }

    public CustomerOrderState getFrom() {
        return from;
    }

    public CustomerOrderState getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }
}
