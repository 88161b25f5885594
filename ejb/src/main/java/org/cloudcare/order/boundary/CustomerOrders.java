package org.cloudcare.order.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.customer.control.CustomerAccess;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerStatus;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.customer.entity.SubscriptionStatus;
import org.cloudcare.order.control.FulfilmentProvider;
import org.cloudcare.order.control.FulfilmentProviders;
import org.cloudcare.order.control.OrderPlacement;
import org.cloudcare.order.entity.CustomerOrder;
import org.cloudcare.order.entity.CustomerOrderState;
import org.cloudcare.order.entity.OrderAuditAction;
import org.cloudcare.order.entity.OrderFingerprint;
import org.cloudcare.order.entity.OrderItem;
import org.cloudcare.order.entity.OrderItemAction;
import org.cloudcare.order.entity.OrderItemRequest;
import org.cloudcare.order.entity.OrderOrigin;
import org.cloudcare.order.entity.OrderValidation;
import org.cloudcare.order.entity.ProductOrder;
import org.cloudcare.order.entity.ProductOrderState;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.input.LongText;
import org.cloudcare.platform.input.TextHygiene;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PagedQuery;
import org.cloudcare.platform.persistence.Flush;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.JobIdentity;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;
import org.cloudcare.sla.control.AgreementPublication;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaAuditAction;

/**
 * Customer order management (ITU-T 10.1.1.1, TMF622): establishment, distribution, orchestration by the provider's
 * service manager, and publication into the customer's inventory (TMF637).
 * <p>
 * <b>Placing</b> is one transaction ({@link OrderPlacement}): the consistency check collects every reason at once
 * (what the order says by itself, then what only the catalogue, the inventory and the customer know); an accepted
 * order is stored {@code acknowledged} and decomposed into product orders right away (a bundle into one per
 * component). The idempotency key makes a retry safe: the same key with the same content answers the order placed
 * first, with other content CONFLICT.
 * <p>
 * <b>Who places.</b> The customer's business manager and administrator, for their own customer only. Provider staff
 * do not place orders on a customer's behalf here: an order commits the customer to pay, and CloudCare has no record
 * of a customer's consent to an order a representative typed in; a customer who phones is helped to place it in the
 * portal, and the contact is recorded as an interaction. The one exception is a customer's change request, a trouble
 * ticket that records what the customer asked for: the service manager accepting it places the {@code modify} order
 * through the same placement, and the order names the ticket.
 * <p>
 * <b>Fulfilment</b> (the default, manual fulfilment step): the provider's service manager takes open product orders
 * from the queue and starts, completes or fails each; the customer order follows its product orders
 * ({@link CustomerOrder#followProductOrders}), and an item whose product orders all completed is published: an add
 * creates and activates a subscription under the cloud service agreement made from its offering's SLA template, a
 * modify changes it, a delete terminates it and its agreement. <b>Cancellation:</b> the
 * customer asks, the service manager accepts (the open product orders are cancelled) or denies with a reason.
 * <p>
 * Every state change writes an audit line, outbox events and an interaction on the customer's history, in the same
 * transaction. Illegal moves are CONFLICT; orders of another tenant are NOT_FOUND for customers' users.
 */
@Stateless
@CheckedInput
public class CustomerOrders {

    private static final Set<ProductOrderState> OPEN = EnumSet.of(ProductOrderState.ACKNOWLEDGED,
            ProductOrderState.IN_PROGRESS, ProductOrderState.PENDING, ProductOrderState.HELD);

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    TenantScope scope;

    @Inject
    CustomerAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    AgreementPublication agreements;

    @Inject
    FulfilmentProviders fulfilment;

    @Inject
    OrderPlacement placement;

    // --- establishment ---

    /**
     * Places an order for the caller's own customer ({@code customerId} may be left out; another customer's id is
     * NOT_FOUND). Answers the order, acknowledged and decomposed, or the order placed earlier with this key.
     */
    @RolesAllowed({Roles.CSC_BUSINESS_MANAGER, Roles.CSC_ADMIN})
    public CustomerOrder placeCustomerOrder(String customerId, String idempotencyKey, Instant requestedCompletionDate,
            List<OrderItemRequest> items) {
        Caller caller = callers.current();
        Customer customer = customerId == null || customerId.isBlank() ? ownCustomer(caller)
                : scope.find(Customer.class, Customer.TYPE, customerId);
        return placement.place(customer, idempotencyKey, requestedCompletionDate, items,
                OrderOrigin.customer(caller.username()));
    }

    private Customer ownCustomer(Caller caller) {
        if (!caller.isCustomerUser()) {
            throw CloudCareException.invalid("customerId", "Say which customer the order is for.");
        }
        return access.ofTenant(caller.requireTenant());
    }

    // --- reading ---

    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public CustomerOrder customerOrder(String id) {
        return scope.find(CustomerOrder.class, CustomerOrder.TYPE, id);
    }

    /** Orders newest first, optionally of one customer and in one state; customers' users see their own only. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<CustomerOrder> customerOrders(String customerId, CustomerOrderState state, PageRequest page) {
        return PagedQuery.page(em, CustomerOrder.class, (cb, order) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.visible(cb, order)));
            if (customerId != null) {
                where.add(cb.equal(order.get("customerId"), customerId));
            }
            if (state != null) {
                where.add(cb.equal(order.get("state"), state));
            }
            return cb.and(where.toArray(Predicate[]::new));
        }, (cb, order) -> List.of(cb.desc(order.get("placedAt")), cb.asc(order.get("id"))), page);
    }

    /** The fulfilment queue: open product orders of every customer, oldest first. Provider staff only. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<ProductOrder> productOrderQueue(ProductOrderState state, PageRequest page) {
        if (state != null && !OPEN.contains(state)) {
            throw CloudCareException.invalid("state", "The queue holds open product orders only: acknowledged,"
                    + " inProgress, pending or held.");
        }
        return PagedQuery.page(em, ProductOrder.class, (CriteriaBuilder cb, jakarta.persistence.criteria.Root<ProductOrder> p) ->
                cb.and(scope.visible(cb, p), state == null ? p.get("state").in(OPEN) : cb.equal(p.get("state"), state)),
                (cb, p) -> List.of(cb.asc(p.get("createdAt")), cb.asc(p.get("id"))), page);
    }

    /**
     * Orders in jeopardy (past their requested completion date, or expected to miss it), longest first: the provider's
     * watch list. Provider staff only; customers see the flag on their own orders.
     */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<CustomerOrder> customerOrdersInJeopardy(PageRequest page) {
        return PagedQuery.page(em, CustomerOrder.class, (cb, order) -> cb.isNotNull(order.get("jeopardySince")),
                (cb, order) -> List.of(cb.asc(order.get("jeopardySince")), cb.asc(order.get("id"))), page);
    }

    /**
     * The customer orders of several product orders at once (batched for GraphQL), in the order of the ids; null
     * for an id the caller may not see.
     */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<CustomerOrder> customerOrdersOf(List<String> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(CustomerOrder.class);
        var order = query.from(CustomerOrder.class);
        query.where(order.get("id").in(Set.copyOf(orderIds)), scope.visible(cb, order));
        Map<String, CustomerOrder> found = em.createQuery(query).getResultStream()
                .collect(Collectors.toMap(CustomerOrder::getId, Function.identity()));
        return orderIds.stream().map(found::get).toList();
    }

    // --- fulfilment (the default, manual fulfilment step) ---

    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public ProductOrder startProductOrder(String productOrderId) {
        return work(productOrderId, OrderAuditAction.PRODUCT_ORDER_STARTED, null,
                (productOrder, now) -> productOrder.start(now));
    }

    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public ProductOrder completeProductOrder(String productOrderId) {
        return work(productOrderId, OrderAuditAction.PRODUCT_ORDER_COMPLETED, null,
                (productOrder, now) -> productOrder.complete(now));
    }

    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public ProductOrder failProductOrder(String productOrderId, @LongText String reason) {
        return work(productOrderId, OrderAuditAction.PRODUCT_ORDER_FAILED, reason,
                (productOrder, now) -> productOrder.fail(reason, now));
    }

    /** Fulfilment waits for the customer, with the reason: inProgress → pending. Service manager. */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public ProductOrder pendProductOrder(String productOrderId, @LongText String reason) {
        return work(productOrderId, OrderAuditAction.PRODUCT_ORDER_PENDING, reason,
                (productOrder, now) -> productOrder.pend(reason, now));
    }

    /** The provider stops work on the product order for now, with the reason: inProgress → held. Service manager. */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public ProductOrder holdProductOrder(String productOrderId, @LongText String reason) {
        return work(productOrderId, OrderAuditAction.PRODUCT_ORDER_HELD, reason,
                (productOrder, now) -> productOrder.hold(reason, now));
    }

    /** Fulfilment goes on: pending or held → inProgress. Service manager. */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public ProductOrder resumeProductOrder(String productOrderId) {
        return work(productOrderId, OrderAuditAction.PRODUCT_ORDER_RESUMED, null,
                (productOrder, now) -> productOrder.resume(now));
    }

    /**
     * The automatic fulfilment step that was due for a product order, taken by the orchestration job
     * ({@link FulfilmentOrchestration}) as the job identity of the product order's provider. Reachable from no API:
     * {@code @PermitAll} because a timer has no caller. Takes the step only when the product order is still the one the
     * job read ({@code version}) and the step is due at {@code now}; a second run of the same step (another instance,
     * or a takeover after a crash) therefore does nothing. Every caller but the container itself is FORBIDDEN.
     *
     * @return whether a step was taken
     */
    @PermitAll
    public boolean takeFulfilmentStep(String productOrderId, long version, Instant now) {
        requireContainerItself();
        List<String> orderIds = em.createQuery("SELECT p.orderId FROM ProductOrder p WHERE p.id = :id", String.class)
                .setParameter("id", productOrderId).getResultList();
        if (orderIds.isEmpty()) {
            return false;
        }
        // locked before the product order is read, so that it is read as the last step left it
        CustomerOrder order = em.find(CustomerOrder.class, orderIds.get(0), LockModeType.PESSIMISTIC_WRITE);
        ProductOrder productOrder = productOrderOf(order, productOrderId);
        if (productOrder.getVersion() != version || !productOrder.isStepDue(now)) {
            return false;
        }
        FulfilmentProvider provider = fulfilment.named(productOrder.getFulfilment());
        return JobIdentity.as(provider.name() + " fulfilment", () -> {
            if (!order.isBeingFulfilled() || !productOrder.isOpen()) {
                productOrder.scheduleNextStep(null); // a pending, held or cancelled order waits for people
                return false;
            }
            CustomerOrderState before = order.getState();
            ProductOrderState from = productOrder.getState();
            provider.takeStep(productOrder, now);
            followMove(order, productOrder, auditActionOf(from, productOrder.getState()), null, before, now);
            return true;
        });
    }

    private void requireContainerItself() {
        if (!callers.isContainerItself()) {
            throw CloudCareException.forbidden("Only CloudCare's own scheduled jobs take this step.");
        }
    }

    private static OrderAuditAction auditActionOf(ProductOrderState from, ProductOrderState to) {
        return switch (to) {
            case IN_PROGRESS -> from == ProductOrderState.ACKNOWLEDGED ? OrderAuditAction.PRODUCT_ORDER_STARTED
                    : from == ProductOrderState.IN_PROGRESS ? OrderAuditAction.PRODUCT_ORDER_MILESTONE_REACHED
                    : OrderAuditAction.PRODUCT_ORDER_RESUMED;
            case PENDING -> OrderAuditAction.PRODUCT_ORDER_PENDING;
            case HELD -> OrderAuditAction.PRODUCT_ORDER_HELD;
            case COMPLETED -> OrderAuditAction.PRODUCT_ORDER_COMPLETED;
            case FAILED -> OrderAuditAction.PRODUCT_ORDER_FAILED;
            case ACKNOWLEDGED, CANCELLED -> OrderAuditAction.PRODUCT_ORDER_MILESTONE_REACHED;
        };
    }

    /**
     * The jeopardy check of one order as of {@code now}, by the jeopardy sweep ({@link FulfilmentOrchestration}):
     * when the flag changes, the change is audited, told to the customer and published. Reachable from no API; every
     * caller but the container itself is FORBIDDEN.
     *
     * @return whether the flag changed
     */
    @PermitAll
    public boolean assessJeopardy(String id, Instant now) {
        requireContainerItself();
        CustomerOrder order = em.find(CustomerOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            return false;
        }
        return JobIdentity.as("jeopardy sweep", () -> {
            if (!order.assessJeopardy(now)) {
                return false;
            }
            String detail = order.isInJeopardy() ? "The order has missed, or is expected to miss, its requested"
                    + " completion date." : "The order is expected to finish on time again.";
            changed(order, OrderAuditAction.ORDER_JEOPARDY_CHANGED, InteractionDirection.OUTBOUND,
                    order.isInJeopardy() ? "Order in jeopardy" : "Order back on track", detail, callers.current());
            return true;
        });
    }

    private interface Move {
        void on(ProductOrder productOrder, Instant now);
    }

    private ProductOrder work(String productOrderId, OrderAuditAction action, String reason, Move move) {
        ProductOrder productOrder = scope.find(ProductOrder.class, ProductOrder.TYPE, productOrderId);
        // the customer order first, locked: two product orders of one order finishing at once follow it one by one
        CustomerOrder order = em.find(CustomerOrder.class, productOrder.getOrderId(), LockModeType.PESSIMISTIC_WRITE);
        productOrder = productOrderOf(order, productOrderId);
        Instant now = clock.instant();
        CustomerOrderState before = order.getState();
        move.on(productOrder, now);
        followMove(order, productOrder, action, reason, before, now);
        return productOrder;
    }

    private static ProductOrder productOrderOf(CustomerOrder order, String productOrderId) {
        return order.getProductOrders().stream().filter(p -> p.getId().equals(productOrderId)).findFirst()
                .orElseThrow();
    }

    /**
     * What follows every move of a product order, by a person or by a fulfilment provider: the audit line, the
     * customer order following its product orders, the jeopardy check, the provider's next step, publication of a
     * completed item, the customer's interaction and the outbox events.
     */
    private void followMove(CustomerOrder order, ProductOrder productOrder, OrderAuditAction action, String reason,
            CustomerOrderState before, Instant now) {
        Caller caller = callers.current();
        audit.record(action, productOrder, productOrder.getProductOfferingId()
                + (reason == null ? "" : ": " + productOrder.getStateReason()));
        order.followProductOrders(caller.username(), now);
        order.assessJeopardy(now);
        scheduleNextStep(order, productOrder, now);
        Customer customer = em.find(Customer.class, order.getCustomerId());
        if (productOrder.getState() == ProductOrderState.COMPLETED) {
            String itemId = productOrder.getItemId();
            order.completedItems().stream().filter(item -> item.getId().equals(itemId)).findFirst()
                    .ifPresent(item -> publishItem(customer, order, item, now));
        }
        interaction(customer, order, InteractionDirection.OUTBOUND, "Product order " + productOrder.getState(),
                offeringName(productOrder.getProductOfferingId()) + " is " + productOrder.getState()
                        + (productOrder.getStateReason() == null ? "." : ": " + productOrder.getStateReason()),
                caller);
        if (order.getState() != before) {
            audit.record(OrderAuditAction.ORDER_STATE_CHANGED, order, before + " -> " + order.getState());
        }
        publish(order);
        Flush.now(em, CustomerOrder.TYPE + " " + order.getId(), Map.of());
    }

    /** Asks the product order's fulfilment provider for its next step, while the order is being fulfilled. */
    private void scheduleNextStep(CustomerOrder order, ProductOrder productOrder, Instant now) {
        if (order.isBeingFulfilled() && productOrder.isOpen()) {
            productOrder.scheduleNextStep(fulfilment.named(productOrder.getFulfilment()).nextStepAt(productOrder,
                    now));
        }
    }

    /** Publication (TMF637): a completed item becomes a change of the customer's inventory. */
    private void publishItem(Customer customer, CustomerOrder order, OrderItem item, Instant now) {
        switch (item.getAction()) {
            case ADD -> {
                Subscription subscription = Subscription.added(customer, offeringName(item.getProductOfferingId()),
                        item.getProductOfferingId(), item.getQuantity(), item.getRegionCode(), null, order.getId(),
                        now);
                em.persist(subscription);
                audit.record(OrderAuditAction.SUBSCRIPTION_CREATED, subscription, "order " + order.getId());
                subscription.activate(now);
                audit.record(OrderAuditAction.SUBSCRIPTION_ACTIVATED, subscription, subscription.getName());
                ServiceLevelAgreement agreement = agreements.started(subscription, now);
                if (agreement != null) {
                    agreements.announce(agreement, SlaAuditAction.AGREEMENT_STARTED, "subscription "
                            + subscription.getId() + ", template " + agreement.getTemplateId() + " version "
                            + agreement.getTemplateVersion(), now);
                }
            }
            case MODIFY -> {
                Subscription subscription = em.find(Subscription.class, item.getSubscriptionId());
                boolean relocated = subscription.modify(item.getQuantity(), item.getRegionCode());
                audit.record(relocated ? OrderAuditAction.SUBSCRIPTION_RELOCATED
                        : OrderAuditAction.SUBSCRIPTION_MODIFIED, subscription, "quantity " + item.getQuantity()
                        + ", region " + item.getRegionCode() + ", order " + order.getId()
                        + (relocated ? ", relocation consent by " + item.getRelocationConsentBy() + " at "
                                + item.getRelocationConsentAt() : ""));
                if (relocated) {
                    agreements.relocated(subscription, item.getRelocationConsentBy(), item.getRelocationConsentAt(),
                            now);
                }
            }
            case DELETE -> {
                Subscription subscription = em.find(Subscription.class, item.getSubscriptionId());
                subscription.terminate("Order " + order.getId(), now);
                audit.record(OrderAuditAction.SUBSCRIPTION_TERMINATED, subscription, "order " + order.getId());
                ServiceLevelAgreement agreement = agreements.ended(subscription, "Order " + order.getId(), now);
                if (agreement != null) {
                    agreements.announce(agreement, SlaAuditAction.AGREEMENT_TERMINATED, "subscription "
                            + subscription.getId() + " terminated by order " + order.getId(), now);
                }
            }
        }
    }

    // --- pending, held and resumed (the provider's service manager) ---

    /**
     * The order waits for the customer, with the reason: inProgress → pending, and its product orders in progress
     * with it; automatic fulfilment waits too.
     */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public CustomerOrder pendCustomerOrder(String id, @LongText String reason) {
        Caller caller = callers.current();
        CustomerOrder order = lockedOrder(id);
        order.pendFulfilment(reason, caller.username(), clock.instant());
        return changed(order, OrderAuditAction.ORDER_PENDING, InteractionDirection.OUTBOUND, "Order pending",
                reason.strip(), caller);
    }

    /**
     * The provider stops work on the order for now, with the reason: inProgress → held, and its product orders in
     * progress with it; automatic fulfilment waits too.
     */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public CustomerOrder holdCustomerOrder(String id, @LongText String reason) {
        Caller caller = callers.current();
        CustomerOrder order = lockedOrder(id);
        order.holdFulfilment(reason, caller.username(), clock.instant());
        return changed(order, OrderAuditAction.ORDER_HELD, InteractionDirection.OUTBOUND, "Order held",
                reason.strip(), caller);
    }

    /** Work on a pending or held order goes on: → inProgress with its product orders; fulfilment carries on. */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public CustomerOrder resumeCustomerOrder(String id) {
        Caller caller = callers.current();
        CustomerOrder order = lockedOrder(id);
        Instant now = clock.instant();
        order.resumeFulfilment(caller.username(), now);
        order.getProductOrders().forEach(productOrder -> scheduleNextStep(order, productOrder, now));
        return changed(order, OrderAuditAction.ORDER_RESUMED, InteractionDirection.OUTBOUND, "Order resumed",
                "Work on the order goes on.", caller);
    }

    // --- cancellation ---

    /** The customer asks to cancel an unfinished order, with the reason. */
    @RolesAllowed({Roles.CSC_BUSINESS_MANAGER, Roles.CSC_ADMIN})
    public CustomerOrder cancelCustomerOrder(String id, @LongText String reason) {
        Caller caller = callers.current();
        CustomerOrder order = lockedOrder(id);
        order.requestCancellation(reason, caller.username(), clock.instant());
        return changed(order, OrderAuditAction.ORDER_CANCELLATION_REQUESTED, InteractionDirection.INBOUND,
                "Cancellation requested", order.getCancellationReason(), caller);
    }

    /** The provider can still cancel: the order and its open product orders are cancelled. */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public CustomerOrder acceptCustomerOrderCancellation(String id) {
        Caller caller = callers.current();
        CustomerOrder order = lockedOrder(id);
        Instant now = clock.instant();
        order.acceptCancellation(caller.username(), now);
        order.cancel(caller.username(), now);
        return changed(order, OrderAuditAction.ORDER_CANCELLED, InteractionDirection.OUTBOUND, "Order cancelled",
                order.getCancellationReason(), caller);
    }

    /** Too late to cancel: the order goes back to where it was, with the reason the customer is told. */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public CustomerOrder denyCustomerOrderCancellation(String id, @LongText String reason) {
        Caller caller = callers.current();
        CustomerOrder order = lockedOrder(id);
        Instant now = clock.instant();
        order.denyCancellation(reason, caller.username(), now);
        // a step that fell due while the cancellation was assessed was dropped; automatic fulfilment carries on now
        order.getProductOrders().stream().filter(productOrder -> productOrder.getNextStepAt() == null)
                .forEach(productOrder -> scheduleNextStep(order, productOrder, now));
        return changed(order, OrderAuditAction.ORDER_CANCELLATION_DENIED, InteractionDirection.OUTBOUND,
                "Cancellation denied", order.getCancellationDenialReason(), caller);
    }

    private CustomerOrder lockedOrder(String id) {
        CustomerOrder order = scope.find(CustomerOrder.class, CustomerOrder.TYPE, id);
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        return order;
    }

    private CustomerOrder changed(CustomerOrder order, OrderAuditAction action, InteractionDirection direction,
            String subject, String detail, Caller caller) {
        audit.record(action, order, detail);
        interaction(em.find(Customer.class, order.getCustomerId()), order, direction, subject, detail, caller);
        publish(order);
        Flush.now(em, CustomerOrder.TYPE + " " + order.getId(), Map.of());
        return order;
    }

    // --- side effects of every move ---

    private void publish(CustomerOrder order) {
        order.takeEvents().forEach(outbox::publish);
    }

    private void interaction(Customer customer, CustomerOrder order, InteractionDirection direction, String subject,
            String description, Caller caller) {
        em.persist(new Interaction(customer, InteractionChannel.PORTAL, direction, subject, description,
                caller.username(), clock).about(CustomerOrder.TYPE, order.getId()));
    }

    private String offeringName(String offeringId) {
        ProductOffering offering = em.find(ProductOffering.class, offeringId);
        return offering == null ? offeringId : offering.getName();
    }
}
