package org.cloudcare.order.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.outbox.DomainEvent;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;

/**
 * A customer's request for products (TMF622 ProductOrder at customer level, ITU-T 10.1.1.1 customer order): items
 * that add, modify or delete subscriptions, placed once per idempotency key, decomposed into {@link ProductOrder}s
 * that fulfilment tracks one by one.
 * <p>
 * Lifecycle (TMF622 state words): an order that passes the consistency check ({@link OrderValidation}) is placed
 * {@code acknowledged}; one that fails it is refused with every reason and never stored. It is decomposed and then
 * {@code inProgress}, may be {@code pending} (waiting for the customer) or {@code held} (stopped by the provider) and go
 * on, and ends {@code completed}, {@code partial} or {@code failed} - the state its product orders give by
 * {@link OrderStateRules}, applied by {@link #followProductOrders}. The customer may ask to cancel an order that is not
 * finished: {@code assessingCancellation}, then either {@code pendingCancellation} and {@code cancelled} (open product
 * orders are cancelled), or denied with a reason back to the state before the request (from pendingCancellation only
 * when every product order finished meanwhile). Any other move is a CONFLICT.
 * Every move appends an {@link OrderStateChange} (who, when, from, to, why) and records a
 * {@link CustomerOrderStateChanged} for the outbox ({@link #takeEvents()}).
 * <p>
 * An order whose requested completion date has passed, or that fulfilment expects to miss, is flagged in jeopardy
 * ({@link #assessJeopardy}). Who and when are passed in, so the entity needs no container.
 */
@Entity
@Table(name = "customer_order")
@NamedQuery(name = CustomerOrder.BY_IDEMPOTENCY_KEY,
        query = "SELECT o FROM CustomerOrder o WHERE o.tenant = :tenant AND o.idempotencyKey = :key")
public class CustomerOrder implements TenantOwned {

    public static final String BY_IDEMPOTENCY_KEY = "CustomerOrder.byIdempotencyKey";
    /** How customer orders are named in errors and in the audit trail. */
    public static final String TYPE = "CustomerOrder";
    public static final int MAX_IDEMPOTENCY_KEY = 100;
    private static final int MAX_REASON = 500;

    @Id
    private String id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private String customerId;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    /** The {@link OrderFingerprint} of what was asked for, to tell a retry from a different order with the same key. */
    @Column(nullable = false, updatable = false)
    private String fingerprint;

    @Column(name = "requested_completion_date", updatable = false)
    private OffsetDateTime requestedCompletionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerOrderState state;

    /** Where a denied cancellation returns to; set while a cancellation is being assessed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "state_before_cancellation")
    private CustomerOrderState stateBeforeCancellation;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Column(name = "cancellation_denial_reason")
    private String cancellationDenialReason;

    @Column(nullable = false)
    private boolean jeopardy;

    /** Since when the order is in jeopardy; null while it is not (what the sweep and the watch list query). */
    @Column(name = "jeopardy_since")
    private OffsetDateTime jeopardySince;

    @Column(name = "placed_by", nullable = false, updatable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private OffsetDateTime placedAt;

    /** The change request this order carries out, when the provider placed it on the customer's behalf. */
    @Column(name = "trouble_ticket_id", updatable = false)
    private String troubleTicketId;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** When the order reached a final state. */
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    // read per order (and per page of orders in one statement), never through the item
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<OrderItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<ProductOrder> productOrders = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("sequence")
    private List<OrderStateChange> history = new ArrayList<>();

    @Version
    private long version;

    @Transient
    private List<DomainEvent> events = new ArrayList<>();

    protected CustomerOrder() {
    }

    private CustomerOrder(Customer customer, String idempotencyKey, Instant requestedCompletionDate,
            List<OrderItemRequest> items, OrderOrigin origin, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.customerId = customer.getId();
        this.tenant = customer.getTenant();
        this.idempotencyKey = idempotencyKey;
        this.fingerprint = OrderFingerprint.of(requestedCompletionDate, items);
        this.requestedCompletionDate = requestedCompletionDate == null ? null : Timestamps.at(requestedCompletionDate);
        this.placedBy = origin.placedBy();
        this.placedAt = Timestamps.at(at);
        this.troubleTicketId = origin.troubleTicketId();
        this.updatedAt = placedAt;
        // the relocation consent is the placing customer's at placing, or the change request's when it was received
        String consentBy = origin.isChangeRequest() ? origin.requestedBy() : placedBy;
        OffsetDateTime consentAt = origin.isChangeRequest() ? Timestamps.at(origin.requestedAt()) : placedAt;
        for (int i = 0; i < items.size(); i++) {
            this.items.add(new OrderItem(this, i, items.get(i), consentBy, consentAt));
        }
        record(null, CustomerOrderState.ACKNOWLEDGED, placedBy, at, origin.isChangeRequest()
                ? "Change request " + troubleTicketId + ", placed on the customer's behalf." : null);
    }

    /**
     * Places an order that passed the consistency check: {@code acknowledged}. An inconsistent check refuses it with
     * all its reasons ({@link org.cloudcare.platform.error.InvalidInput}), so nothing is stored; so are items that fail
     * {@link OrderValidation#of} at {@code at}, even when the check passed in did not say so.
     *
     * @param check what {@link OrderValidation#of} found, plus what the boundary found in the catalogue and inventory
     */
    public static CustomerOrder place(Customer customer, String idempotencyKey, Instant requestedCompletionDate,
            List<OrderItemRequest> items, OrderValidation check, String actor, Instant at) {
        return place(customer, idempotencyKey, requestedCompletionDate, items, check, OrderOrigin.customer(actor), at);
    }

    /**
     * As {@link #place(Customer, String, Instant, List, OrderValidation, String, Instant)}, placed as {@code origin}
     * says: by the customer's user, or by provider staff carrying out the customer's change request (the order then
     * names the trouble ticket).
     */
    public static CustomerOrder place(Customer customer, String idempotencyKey, Instant requestedCompletionDate,
            List<OrderItemRequest> items, OrderValidation check, OrderOrigin origin, Instant at) {
        Checks.required("customer", customer);
        Checks.required("origin", origin);
        String key = Checks.text("idempotencyKey", idempotencyKey, MAX_IDEMPOTENCY_KEY);
        Checks.required("check", check).requireConsistent();
        // the order's own consistency again, at the moment of placing: a boundary that skipped it stores nothing wrong
        OrderValidation.of(requestedCompletionDate, items, at).requireConsistent();
        return new CustomerOrder(customer, key, requestedCompletionDate, items, origin, at);
    }

    /**
     * A submission with this order's idempotency key: the same order when it asks for the same, a CONFLICT when the
     * key was used for something else.
     */
    public CustomerOrder retriedWith(String fingerprint) {
        if (!this.fingerprint.equals(fingerprint)) {
            throw CloudCareException.conflict("The idempotency key " + idempotencyKey
                    + " was already used for a different order. Use a new key for a new order.");
        }
        return this;
    }

    /**
     * Customer order distribution: one product order per item, or one per component offering when the catalogue
     * says the item's offering is a bundle. Modify and delete items decompose the same way, each product order
     * acting on the item's subscription. Only an acknowledged order that has not been decomposed can be.
     */
    public List<ProductOrder> decompose(OfferingComponents catalogue, Instant at) {
        if (state != CustomerOrderState.ACKNOWLEDGED || !productOrders.isEmpty()) {
            throw CloudCareException.conflict("Order " + id + " is " + state
                    + (productOrders.isEmpty() ? "" : " and already decomposed")
                    + "; only an acknowledged order is decomposed, once.");
        }
        List<ProductOrder> created = new ArrayList<>();
        for (OrderItem item : items) {
            List<String> components = catalogue.componentsOf(item.getProductOfferingId());
            if (components == null || components.isEmpty()) {
                created.add(new ProductOrder(this, created.size(), item, item.getProductOfferingId(), null, at));
            } else {
                for (String component : components) {
                    created.add(new ProductOrder(this, created.size(), item, component, item.getProductOfferingId(),
                            at));
                }
            }
        }
        productOrders.addAll(created);
        this.updatedAt = Timestamps.at(at);
        return Collections.unmodifiableList(created);
    }

    /** Work on the order begins or goes on: acknowledged, pending or held → inProgress. */
    public void proceed(String actor, Instant at) {
        move(CustomerOrderState.IN_PROGRESS, actor, at, null);
    }

    /** The order waits for the customer: inProgress → pending. */
    public void pend(String reason, String actor, Instant at) {
        move(CustomerOrderState.PENDING, actor, at, Checks.text("reason", reason, MAX_REASON));
    }

    /** The provider stops work on the order for now: inProgress → held. */
    public void hold(String reason, String actor, Instant at) {
        move(CustomerOrderState.HELD, actor, at, Checks.text("reason", reason, MAX_REASON));
    }

    /**
     * Fulfilment waits for the customer: inProgress → pending, with every product order in progress pending too; no
     * automatic step is taken until the order is resumed ({@link #resumeFulfilment}).
     */
    public void pendFulfilment(String reason, String actor, Instant at) {
        String checked = Checks.text("reason", reason, MAX_REASON);
        pend(checked, actor, at);
        for (ProductOrder productOrder : productOrders) {
            if (productOrder.getState() == ProductOrderState.IN_PROGRESS) {
                productOrder.pend(checked, at);
            }
            productOrder.scheduleNextStep(null);
        }
    }

    /**
     * The provider stops all work on the order: inProgress → held, with every product order in progress held too; no
     * automatic step is taken until the order is resumed ({@link #resumeFulfilment}).
     */
    public void holdFulfilment(String reason, String actor, Instant at) {
        String checked = Checks.text("reason", reason, MAX_REASON);
        hold(checked, actor, at);
        for (ProductOrder productOrder : productOrders) {
            if (productOrder.getState() == ProductOrderState.IN_PROGRESS) {
                productOrder.hold(checked, at);
            }
            productOrder.scheduleNextStep(null);
        }
    }

    /**
     * Work on a pending or held order goes on: → inProgress, with every pending or held product order in progress
     * again. The caller asks the fulfilment providers for their next steps.
     */
    public void resumeFulfilment(String actor, Instant at) {
        if (state != CustomerOrderState.PENDING && state != CustomerOrderState.HELD) {
            throw CloudCareException.conflict("Order " + id + " is " + state
                    + "; only a pending or held order can be resumed.");
        }
        proceed(actor, at);
        for (ProductOrder productOrder : productOrders) {
            if (productOrder.getState() == ProductOrderState.PENDING
                    || productOrder.getState() == ProductOrderState.HELD) {
                productOrder.resume(at);
            }
        }
    }

    /** Whether fulfilment may act on the order's product orders now: not while it is pending, held or being cancelled. */
    public boolean isBeingFulfilled() {
        return state == CustomerOrderState.ACKNOWLEDGED || state == CustomerOrderState.IN_PROGRESS;
    }

    /** Everything was delivered: inProgress → completed. */
    public void complete(String actor, Instant at) {
        move(CustomerOrderState.COMPLETED, actor, at, null);
    }

    /** Some was delivered, the rest failed: inProgress → partial. */
    public void completePartially(String actor, Instant at) {
        move(CustomerOrderState.PARTIAL, actor, at, null);
    }

    /** Nothing was delivered: inProgress → failed. */
    public void fail(String reason, String actor, Instant at) {
        move(CustomerOrderState.FAILED, actor, at, Checks.text("reason", reason, MAX_REASON));
    }

    /** The customer asks to cancel an unfinished order: acknowledged, inProgress, pending or held → assessingCancellation. */
    public void requestCancellation(String reason, String actor, Instant at) {
        String checkedReason = Checks.text("reason", reason, MAX_REASON);
        CustomerOrderState before = state;
        move(CustomerOrderState.ASSESSING_CANCELLATION, actor, at, checkedReason);
        this.stateBeforeCancellation = before;
        this.cancellationReason = checkedReason;
        this.cancellationDenialReason = null;
    }

    /** The provider can still cancel: assessingCancellation → pendingCancellation. */
    public void acceptCancellation(String actor, Instant at) {
        move(CustomerOrderState.PENDING_CANCELLATION, actor, at, null);
    }

    /**
     * Too late to cancel: assessingCancellation → back to the state before the request, with the reason. Also from
     * pendingCancellation, for an order whose product orders all finished before the cancellation was carried out
     * ({@link #cancel} refuses it): without this way back it could never leave pendingCancellation.
     */
    public void denyCancellation(String reason, String actor, Instant at) {
        if (state != CustomerOrderState.ASSESSING_CANCELLATION && state != CustomerOrderState.PENDING_CANCELLATION) {
            throw CloudCareException.conflict("Order " + id + " is " + state
                    + "; only a cancellation being assessed or pending can be denied.");
        }
        String checkedReason = Checks.text("reason", reason, MAX_REASON);
        CustomerOrderState back = stateBeforeCancellation;
        transition(back, actor, at, checkedReason);
        this.stateBeforeCancellation = null;
        this.cancellationDenialReason = checkedReason;
    }

    /**
     * The cancellation is carried out: pendingCancellation → cancelled, and every open product order is cancelled.
     * Refused when every product order has already finished: then there is nothing left to cancel, and the
     * cancellation must be denied.
     */
    public void cancel(String actor, Instant at) {
        if (state == CustomerOrderState.PENDING_CANCELLATION && !productOrders.isEmpty()
                && productOrders.stream().noneMatch(ProductOrder::isOpen)) {
            throw CloudCareException.conflict("Every product order of order " + id
                    + " has finished; there is nothing left to cancel.");
        }
        move(CustomerOrderState.CANCELLED, actor, at, cancellationReason);
        for (ProductOrder productOrder : productOrders) {
            if (productOrder.isOpen()) {
                productOrder.cancel(cancellationReason, at);
            }
        }
        this.stateBeforeCancellation = null;
    }

    /**
     * Moves the order to the state its product orders give ({@link OrderStateRules}), through {@code inProgress} when
     * there is no direct move (e.g. acknowledged → completed when everything finished at once). Does nothing while a
     * cancellation is being handled, when the order is final, when nothing changed, or when the product orders would
     * take it back to acknowledged. The order's pending and held follow its product orders too: a product order held
     * holds the order, and the order goes on when none is held or pending any more.
     *
     * @return whether the state changed
     */
    public boolean followProductOrders(String actor, Instant at) {
        if (state.isFinal() || state == CustomerOrderState.ASSESSING_CANCELLATION
                || state == CustomerOrderState.PENDING_CANCELLATION) {
            return false;
        }
        CustomerOrderState derived = OrderStateRules.derive(productOrders.stream().map(ProductOrder::getState).toList());
        if (derived == state || derived == CustomerOrderState.ACKNOWLEDGED || derived == CustomerOrderState.CANCELLED) {
            return false;
        }
        if (!state.successors().contains(derived)) {
            move(CustomerOrderState.IN_PROGRESS, actor, at, null);
        }
        if (derived != state) {
            move(derived, actor, at, derived == CustomerOrderState.FAILED ? "No product order was delivered." : null);
        }
        return true;
    }

    /**
     * Flags the order in jeopardy when, at {@code now}, it is unfinished and its requested completion date has
     * passed, or one of its open product orders is at risk ({@link ProductOrder#isInJeopardy}); clears the flag
     * otherwise (a finished order is never in jeopardy). A change records a {@link CustomerOrderJeopardyChanged}.
     *
     * @return whether the flag changed
     */
    public boolean assessJeopardy(Instant now) {
        boolean atRisk = !state.isFinal() && (requestedCompletionDate != null
                && now.isAfter(requestedCompletionDate.toInstant())
                || productOrders.stream().anyMatch(p -> p.isInJeopardy(now)));
        boolean changed = atRisk != jeopardy;
        this.jeopardy = atRisk;
        if (changed) {
            this.jeopardySince = atRisk ? Timestamps.at(now) : null;
            events().add(new CustomerOrderJeopardyChanged(id, tenant, customerId, atRisk, requestedCompletionDate,
                    Timestamps.at(now)));
        }
        return changed;
    }

    /**
     * The eTOM 1.3.8 "completed on time" figure for this order: true when it completed by its requested completion
     * date, false when after it; null when it has not completed or asked for no date.
     */
    public Boolean completedOnTime() {
        if (state != CustomerOrderState.COMPLETED || requestedCompletionDate == null) {
            return null;
        }
        return !closedAt.isAfter(requestedCompletionDate);
    }

    /** The items whose every product order completed: what publication turns into subscription changes. */
    public List<OrderItem> completedItems() {
        return items.stream().filter(item -> {
            List<ProductOrder> ofItem = productOrders.stream().filter(p -> p.getItemId().equals(item.getId()))
                    .toList();
            return !ofItem.isEmpty() && ofItem.stream().allMatch(p -> p.getState() == ProductOrderState.COMPLETED);
        }).toList();
    }

    private void move(CustomerOrderState target, String actor, Instant at, String reason) {
        if (!state.successors().contains(target)) {
            throw illegal(target);
        }
        transition(target, actor, at, reason);
    }

    private void transition(CustomerOrderState target, String actor, Instant at, String reason) {
        CustomerOrderState from = state;
        record(from, target, Checks.text("actor", actor, 100), at, reason);
    }

    private void record(CustomerOrderState from, CustomerOrderState to, String actor, Instant at, String reason) {
        Checks.required("at", at);
        OrderStateChange change = new OrderStateChange(this, history.size() + 1, from, to, actor, at, reason);
        history.add(change);
        this.state = to;
        this.updatedAt = change.getChangedAt();
        if (to.isFinal()) {
            this.closedAt = updatedAt;
            this.jeopardy = false;
            this.jeopardySince = null;
        }
        events().add(CustomerOrderStateChanged.of(this, change));
    }

    private CloudCareException illegal(CustomerOrderState target) {
        return CloudCareException.conflict("Order " + id + " is " + state + "; it cannot become " + target + ".");
    }

    // null after JPA loads the entity: transient fields are not initialised then
    private List<DomainEvent> events() {
        if (events == null) {
            events = new ArrayList<>();
        }
        return events;
    }

    /**
     * The state changes since the last call, for the outbox: this order's, then those of its product orders (which
     * this loads). Oldest first within each.
     */
    public List<DomainEvent> takeEvents() {
        List<DomainEvent> taken = new ArrayList<>(events());
        events().clear();
        for (ProductOrder productOrder : productOrders) {
            taken.addAll(productOrder.takeEvents());
        }
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

    public String getCustomerId() {
        return customerId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public OffsetDateTime getRequestedCompletionDate() {
        return requestedCompletionDate;
    }

    public CustomerOrderState getState() {
        return state;
    }

    /** The state a denied cancellation returns to, while one is being assessed; null otherwise. */
    public CustomerOrderState getStateBeforeCancellation() {
        return stateBeforeCancellation;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public String getCancellationDenialReason() {
        return cancellationDenialReason;
    }

    public boolean isInJeopardy() {
        return jeopardy;
    }

    public OffsetDateTime getJeopardySince() {
        return jeopardySince;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public OffsetDateTime getPlacedAt() {
        return placedAt;
    }

    /** The change request (trouble ticket) this order carries out; null for an order the customer placed. */
    public String getTroubleTicketId() {
        return troubleTicketId;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public List<OrderItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public List<ProductOrder> getProductOrders() {
        return Collections.unmodifiableList(productOrders);
    }

    public List<OrderStateChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public long getVersion() {
        return version;
    }
}
