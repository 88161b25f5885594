package org.cloudcare.customer.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;

/**
 * What a customer has (a TMF637 product in its inventory) and the region its data is kept in (ISO/TS 23535 5.9).
 * Subscriptions are created and changed by completed customer orders; the customer information area only shows them.
 * <p>
 * Lifecycle (TMF637 status words): a completed add creates it {@code created} ({@link #added}); it becomes
 * {@code active} when the service is handed over, may be {@code suspended} (with a reason) and resumed, and is
 * {@code terminated} by a completed delete or the end of the customer - for good. A completed modify changes its
 * quantity and region; a region change is a relocation of the customer's data, which the customer agreed to by
 * ordering it (ISO/TS 23535 5.7.2). Any other move is a CONFLICT.
 */
@Entity
@Table(name = "subscription")
public class Subscription implements TenantOwned {

    /** How subscriptions are named in errors and in the audit trail. */
    public static final String TYPE = "Subscription";
    public static final int MAX_QUANTITY = 100_000;

    @Id
    private String id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private String customerId;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubscriptionStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(nullable = false)
    private String region;

    /** The catalogue offering subscribed to; null only for subscriptions older than customer orders. */
    @Column(name = "product_offering_id", updatable = false)
    private String productOfferingId;

    @Column(nullable = false)
    private int quantity;

    /** The cloud service agreement it is delivered under, once the agreement area has made one. */
    @Column(name = "agreement_id")
    private String agreementId;

    /** The customer order whose completed add created it; null for subscriptions older than customer orders. */
    @Column(name = "order_id", updatable = false)
    private String orderId;

    @Column(name = "start_date", nullable = false)
    private OffsetDateTime startDate;

    @Column(name = "termination_date")
    private OffsetDateTime terminationDate;

    @Version
    private long version;

    protected Subscription() {
    }

    private Subscription(Customer customer, String name, String productOfferingId, int quantity, String region,
            String agreementId, String orderId, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.customerId = customer.getId();
        this.tenant = customer.getTenant();
        this.name = Checks.text("name", name, 200);
        this.productOfferingId = Checks.text("productOfferingId", productOfferingId, 64);
        this.quantity = checkedQuantity(quantity);
        this.region = Checks.text("region", region, 100);
        this.agreementId = Checks.optionalText("agreementId", agreementId, 36);
        this.orderId = Checks.optionalText("orderId", orderId, 36);
        this.status = SubscriptionStatus.CREATED;
        this.startDate = Timestamps.at(at);
    }

    /**
     * The subscription a completed add creates in the customer's inventory: {@code created}, with the offering's
     * name, the quantity and region ordered, and the agreement (null until the agreement area makes one).
     */
    public static Subscription added(Customer customer, String name, String productOfferingId, int quantity,
            String region, String agreementId, String orderId, Instant at) {
        Checks.required("customer", customer);
        Checks.required("at", at);
        return new Subscription(customer, name, productOfferingId, quantity, region, agreementId, orderId, at);
    }

    /** The service is handed over: created → active; the subscription starts now. */
    public void activate(Instant at) {
        require(SubscriptionStatus.CREATED, "activated");
        this.status = SubscriptionStatus.ACTIVE;
        this.startDate = Timestamps.at(at);
    }

    /** active → suspended, with the reason the customer is told. */
    public void suspend(String reason) {
        String checked = Checks.text("reason", reason, 500);
        require(SubscriptionStatus.ACTIVE, "suspended");
        this.status = SubscriptionStatus.SUSPENDED;
        this.statusReason = checked;
    }

    /** suspended → active. */
    public void resume() {
        require(SubscriptionStatus.SUSPENDED, "resumed");
        this.status = SubscriptionStatus.ACTIVE;
        this.statusReason = null;
    }

    /** A completed delete, or the end of the customer: created, active or suspended → terminated, for good. */
    public void terminate(String reason, Instant at) {
        requireNotTerminated();
        this.status = SubscriptionStatus.TERMINATED;
        this.statusReason = Checks.optionalText("reason", reason, 500);
        this.terminationDate = Timestamps.at(at);
    }

    /**
     * A completed modify: the new quantity and region. A suspended subscription can be changed too (it is still
     * the customer's); a terminated one cannot.
     *
     * @return whether the region changed - a relocation of the customer's data (ISO/TS 23535 5.7.2)
     */
    public boolean modify(int quantity, String region) {
        requireNotTerminated();
        int checkedQuantity = checkedQuantity(quantity);
        String checkedRegion = Checks.text("region", region, 100);
        boolean relocated = !checkedRegion.equals(this.region);
        this.quantity = checkedQuantity;
        this.region = checkedRegion;
        return relocated;
    }

    /** Records the cloud service agreement the subscription is delivered under. */
    public void deliverUnder(String agreementId) {
        requireNotTerminated();
        this.agreementId = Checks.text("agreementId", agreementId, 36);
    }

    private static int checkedQuantity(int quantity) {
        if (quantity <= 0 || quantity > MAX_QUANTITY) {
            throw CloudCareException.invalid("quantity", "The quantity must be between 1 and " + MAX_QUANTITY + ".");
        }
        return quantity;
    }

    private void require(SubscriptionStatus from, String verb) {
        if (status != from) {
            throw CloudCareException.conflict("Subscription " + id + " is " + status + "; only a " + from
                    + " subscription can be " + verb + ".");
        }
    }

    private void requireNotTerminated() {
        if (status == SubscriptionStatus.TERMINATED) {
            throw CloudCareException.conflict("Subscription " + id + " is terminated and can no longer be changed.");
        }
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getRegion() {
        return region;
    }

    public String getProductOfferingId() {
        return productOfferingId;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getAgreementId() {
        return agreementId;
    }

    public String getOrderId() {
        return orderId;
    }

    public OffsetDateTime getStartDate() {
        return startDate;
    }

    public OffsetDateTime getTerminationDate() {
        return terminationDate;
    }

    public long getVersion() {
        return version;
    }
}
