package org.cloudcare.order.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;

/**
 * The fulfilment of one offering of a customer order (a TMF622 product order item as distributed, ITU-T 10.1.1.1
 * "customer order distribution"): one per order item, or one per component when the item's offering is a bundle
 * ({@link #getBundleOfferingId()} then names the bundle). Each is tracked on its own.
 * <p>
 * Lifecycle: created {@code acknowledged}; fulfilment starts it ({@code inProgress}), may put it {@code pending}
 * (waiting for the customer) or {@code held} (stopped by the provider) and resume it, and finishes it
 * {@code completed} or {@code failed} with a reason. An open product order is {@code cancelled} only through its
 * customer order's cancellation. Each step leaves a {@link Milestone}; fulfilment may say when it expects to finish,
 * which the jeopardy check compares with the requested date. Every move records a {@link ProductOrderStateChanged}
 * for the outbox ({@link #takeEvents()}).
 * <p>
 * Orchestration state is kept on the row: the {@linkplain #getFulfilment() fulfilment provider} that handles it and
 * when that provider takes its {@linkplain #getNextStepAt() next automatic step}. A restarted instance, or another
 * one, reads both from the database and carries on.
 */
@Entity
@Table(name = "product_order")
public class ProductOrder implements TenantOwned {

    /** How product orders are named in errors and in the audit trail. */
    public static final String TYPE = "ProductOrder";
    /** The fulfilment of people: the provider's service manager starts, completes or fails the product order. */
    public static final String MANUAL = "manual";
    static final int MAX_PROVIDER_NAME = 40;

    @Id
    private String id;

    // lazy: fulfilment reads product orders on their own; the order is loaded only to re-derive its state
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", updatable = false)
    private CustomerOrder order;

    @Column(name = "order_id", nullable = false, insertable = false, updatable = false)
    private String orderId;

    @Column(nullable = false, updatable = false)
    private String tenant;

    /** Its place among the order's product orders: item by item, a bundle's components in catalogue order. */
    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "item_id", nullable = false, updatable = false)
    private String itemId;

    @Column(name = "item_position", nullable = false, updatable = false)
    private int itemPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderItemAction action;

    @Column(name = "product_offering_id", nullable = false, updatable = false)
    private String productOfferingId;

    @Column(name = "bundle_offering_id", updatable = false)
    private String bundleOfferingId;

    @Column(updatable = false)
    private Integer quantity;

    @Column(name = "region_code", updatable = false)
    private String regionCode;

    @Column(name = "subscription_id", updatable = false)
    private String subscriptionId;

    @Column(name = "requested_completion_date", updatable = false)
    private OffsetDateTime requestedCompletionDate;

    @Column(name = "expected_completion_date")
    private OffsetDateTime expectedCompletionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductOrderState state;

    @Column(name = "state_reason")
    private String stateReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** The fulfilment provider that handles this product order (its name, e.g. manual or automatic). */
    @Column(nullable = false)
    private String fulfilment = MANUAL;

    /** When the provider takes its next automatic step; null while people act or nothing is left to do. */
    @Column(name = "next_step_at")
    private OffsetDateTime nextStepAt;

    // read for every product order shown; for a page of them in one statement
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "product_order_milestone", joinColumns = @JoinColumn(name = "product_order_id"))
    @OrderBy("reachedAt")
    private List<Milestone> milestones = new ArrayList<>();

    @Version
    private long version;

    @Transient
    private List<ProductOrderStateChanged> events = new ArrayList<>();

    protected ProductOrder() {
    }

    ProductOrder(CustomerOrder order, int position, OrderItem item, String productOfferingId, String bundleOfferingId,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.order = order;
        this.orderId = order.getId();
        this.tenant = order.getTenant();
        this.position = position;
        this.itemId = item.getId();
        this.itemPosition = item.getPosition();
        this.action = item.getAction();
        this.productOfferingId = Checks.text("productOfferingId", productOfferingId, OrderValidation.MAX_ID);
        this.bundleOfferingId = bundleOfferingId;
        this.quantity = item.getQuantity();
        this.regionCode = item.getRegionCode();
        this.subscriptionId = item.getSubscriptionId();
        Instant due = item.dueDate();
        this.requestedCompletionDate = due == null ? null : Timestamps.at(due);
        this.state = ProductOrderState.ACKNOWLEDGED;
        this.createdAt = Timestamps.at(at);
        this.updatedAt = createdAt;
        milestones.add(new Milestone(Milestone.ACCEPTED, at));
        events().add(event(null, null));
    }

    /** Fulfilment begins: acknowledged → inProgress. */
    public void start(Instant at) {
        move(ProductOrderState.IN_PROGRESS, ProductOrderState.ACKNOWLEDGED, null, at);
        milestones.add(new Milestone(Milestone.PROVISIONING_STARTED, at));
    }

    /** Fulfilment waits for the customer: inProgress → pending. */
    public void pend(String reason, Instant at) {
        move(ProductOrderState.PENDING, ProductOrderState.IN_PROGRESS, Checks.text("reason", reason, 500), at);
    }

    /** The provider stops the work for now: inProgress → held. */
    public void hold(String reason, Instant at) {
        move(ProductOrderState.HELD, ProductOrderState.IN_PROGRESS, Checks.text("reason", reason, 500), at);
    }

    /** Fulfilment goes on: pending or held → inProgress. */
    public void resume(Instant at) {
        if (state != ProductOrderState.PENDING && state != ProductOrderState.HELD) {
            throw illegal(ProductOrderState.IN_PROGRESS);
        }
        move(ProductOrderState.IN_PROGRESS, state, null, at);
    }

    /** The offering is delivered: inProgress → completed. */
    public void complete(Instant at) {
        move(ProductOrderState.COMPLETED, ProductOrderState.IN_PROGRESS, null, at);
        milestones.add(new Milestone(Milestone.COMPLETED, at));
    }

    /** The offering cannot be delivered: inProgress → failed, with the reason the customer is told. */
    public void fail(String reason, Instant at) {
        move(ProductOrderState.FAILED, ProductOrderState.IN_PROGRESS, Checks.text("reason", reason, 500), at);
        milestones.add(new Milestone(Milestone.FAILED, at));
    }

    /** Part of the customer order's cancellation: an open product order → cancelled. */
    void cancel(String reason, Instant at) {
        if (state.isFinal()) {
            throw illegal(ProductOrderState.CANCELLED);
        }
        move(ProductOrderState.CANCELLED, state, reason, at);
        milestones.add(new Milestone(Milestone.CANCELLED, at));
    }

    /** Records a step fulfilment reached, e.g. "virtual machine provisioned". */
    public void reachMilestone(String name, Instant at) {
        if (state.isFinal()) {
            throw CloudCareException.conflict("Product order " + id + " is " + state + "; it reaches no more milestones.");
        }
        milestones.add(new Milestone(Checks.text("milestone", name, 100), at));
        this.updatedAt = Timestamps.at(at);
    }

    /** Fulfilment's estimate of when it will finish; the jeopardy check compares it with the requested date. */
    public void expectCompletionBy(Instant expected, Instant at) {
        if (state.isFinal()) {
            throw CloudCareException.conflict("Product order " + id + " is " + state + "; it expects nothing more.");
        }
        this.expectedCompletionDate = expected == null ? null : Timestamps.at(expected);
        this.updatedAt = Timestamps.at(at);
    }

    /**
     * Hands the product order to a fulfilment provider, by name, while nothing has happened to it yet.
     */
    public void fulfilBy(String provider) {
        if (state != ProductOrderState.ACKNOWLEDGED) {
            throw CloudCareException.conflict("Product order " + id + " is " + state
                    + "; only an acknowledged product order changes its fulfilment provider.");
        }
        this.fulfilment = Checks.text("fulfilment", provider, MAX_PROVIDER_NAME);
    }

    /**
     * When the provider takes its next automatic step; null when it waits for people. Every move of the state clears
     * it, so that the provider is asked again after each move and an old schedule never acts on a new state.
     */
    public void scheduleNextStep(Instant at) {
        if (at != null && state.isFinal()) {
            throw CloudCareException.conflict("Product order " + id + " is " + state + "; it takes no more steps.");
        }
        this.nextStepAt = at == null ? null : Timestamps.at(at);
    }

    /** Whether an automatic step is scheduled for {@code now} or earlier. */
    public boolean isStepDue(Instant now) {
        return nextStepAt != null && !nextStepAt.toInstant().isAfter(now);
    }

    /**
     * Whether this product order is at risk of missing its requested completion date at {@code now}: it is still open
     * and either the date has passed or fulfilment expects to finish after it. One without a requested date never is.
     */
    public boolean isInJeopardy(Instant now) {
        if (state.isFinal() || requestedCompletionDate == null) {
            return false;
        }
        Instant due = requestedCompletionDate.toInstant();
        return now.isAfter(due) || expectedCompletionDate != null && expectedCompletionDate.toInstant().isAfter(due);
    }

    public boolean isOpen() {
        return !state.isFinal();
    }

    private void move(ProductOrderState target, ProductOrderState requiredFrom, String reason, Instant at) {
        if (state != requiredFrom || !state.successors().contains(target)) {
            throw illegal(target);
        }
        ProductOrderState from = state;
        this.state = target;
        this.stateReason = reason;
        this.updatedAt = Timestamps.at(at);
        this.nextStepAt = null;
        events().add(event(from, reason));
    }

    private CloudCareException illegal(ProductOrderState target) {
        return CloudCareException.conflict("Product order " + id + " is " + state + "; it cannot become " + target
                + ".");
    }

    private ProductOrderStateChanged event(ProductOrderState from, String reason) {
        return new ProductOrderStateChanged(id, orderId, tenant, productOfferingId, from, state, updatedAt, reason);
    }

    // null after JPA loads the entity: transient fields are not initialised then
    private List<ProductOrderStateChanged> events() {
        if (events == null) {
            events = new ArrayList<>();
        }
        return events;
    }

    /** The state changes since the last call, for the outbox, oldest first. */
    public List<ProductOrderStateChanged> takeEvents() {
        List<ProductOrderStateChanged> taken = List.copyOf(events());
        events().clear();
        return taken;
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

    public String getItemId() {
        return itemId;
    }

    public int getItemPosition() {
        return itemPosition;
    }

    public OrderItemAction getAction() {
        return action;
    }

    public String getProductOfferingId() {
        return productOfferingId;
    }

    /** The bundle this product order is a component of, or null when the item's offering is not a bundle. */
    public String getBundleOfferingId() {
        return bundleOfferingId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public OffsetDateTime getRequestedCompletionDate() {
        return requestedCompletionDate;
    }

    public OffsetDateTime getExpectedCompletionDate() {
        return expectedCompletionDate;
    }

    public ProductOrderState getState() {
        return state;
    }

    /** Why it is pending, held, failed or cancelled; null in the other states. */
    public String getStateReason() {
        return stateReason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getFulfilment() {
        return fulfilment;
    }

    public OffsetDateTime getNextStepAt() {
        return nextStepAt;
    }

    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public long getVersion() {
        return version;
    }
}
