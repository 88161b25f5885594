package org.cloudcare.order.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerStatus;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.customer.entity.SubscriptionStatus;
import org.cloudcare.order.entity.CustomerOrder;
import org.cloudcare.order.entity.OrderAuditAction;
import org.cloudcare.order.entity.OrderFingerprint;
import org.cloudcare.order.entity.OrderItemAction;
import org.cloudcare.order.entity.OrderItemRequest;
import org.cloudcare.order.entity.OrderOrigin;
import org.cloudcare.order.entity.OrderValidation;
import org.cloudcare.order.entity.ProductOrder;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.input.TextHygiene;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.persistence.Flush;

/**
 * Customer order establishment (ITU-T 10.1.1.1, TMF622), the one way an order comes into being: the consistency check
 * with every reason at once (what the order says by itself, then what only the catalogue, the inventory and the
 * customer know), the idempotency key, decomposition into product orders, their fulfilment provider, and the audit
 * lines, interaction and outbox events of a placed order - all in the caller's transaction. Two ways reach it: a
 * customer's user placing an order ({@code CustomerOrders}), and the provider's service manager accepting a customer's
 * change request ({@code TroubleTickets}). Who may place for which customer is theirs to decide; this class places.
 * <p>
 * Two submissions of one customer are serialised by a lock on the customer's row, so two clients racing with one key
 * get one order (the unique constraint on the key stays as the last guard).
 */
@Dependent
public class OrderPlacement {

    static final String IDEMPOTENCY_CONSTRAINT = "customer_order_idempotency";

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    FulfilmentProviders fulfilment;

    /**
     * Places an order for {@code customer} as {@code origin} says. Answers the order, acknowledged and decomposed, or
     * the order placed earlier with this key and content (another content with the key is CONFLICT); an inconsistent
     * order is VALIDATION with every reason, and nothing is stored.
     */
    public CustomerOrder place(Customer customer, String idempotencyKey, Instant requestedCompletionDate,
            List<OrderItemRequest> items, OrderOrigin origin) {
        // one submission of a customer at a time: a concurrent retry with the same key waits and then finds the order
        em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
        List<OrderItemRequest> requested = items == null ? List.of() : items;
        refuseHostileText(requested);
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            CustomerOrder earlier = em.createNamedQuery(CustomerOrder.BY_IDEMPOTENCY_KEY, CustomerOrder.class)
                    .setParameter("tenant", customer.getTenant()).setParameter("key", idempotencyKey.strip())
                    .getResultStream().findFirst().orElse(null);
            if (earlier != null) {
                return earlier.retriedWith(OrderFingerprint.of(requestedCompletionDate, requested));
            }
        }
        Instant now = clock.instant();
        OrderValidation check = OrderValidation.of(requestedCompletionDate, requested, now);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            check.refuse("idempotencyKey", "An order needs an idempotency key, so that a retry cannot order twice.");
        } else if (idempotencyKey.strip().length() > CustomerOrder.MAX_IDEMPOTENCY_KEY) {
            check.refuse("idempotencyKey", "The idempotency key is longer than " + CustomerOrder.MAX_IDEMPOTENCY_KEY
                    + " characters.");
        }
        if (customer.getStatus() != CustomerStatus.ACTIVE) {
            check.refuse("customerId", "The customer is " + customer.getStatus().name().toLowerCase()
                    + " and cannot place orders.");
        }
        Map<String, ProductOffering> offerings = offeringsOf(requested);
        Map<String, Subscription> subscriptions = subscriptionsOf(requested);
        for (int i = 0; i < requested.size(); i++) {
            OrderItemRequest item = requested.get(i);
            if (item != null) {
                checkAgainstCatalogueAndInventory(check, i, item, customer, offerings, subscriptions);
            }
        }
        CustomerOrder order = CustomerOrder.place(customer, idempotencyKey, requestedCompletionDate, requested, check,
                origin, now);
        em.persist(order);
        order.decompose(offering -> offerings.get(offering).getBundledProductOfferings().stream()
                .map(ProductOffering::getId).toList(), now);
        FulfilmentProvider provider = fulfilment.forNewOrders();
        for (ProductOrder productOrder : order.getProductOrders()) {
            productOrder.fulfilBy(provider.name());
            productOrder.scheduleNextStep(provider.nextStepAt(productOrder, now));
        }
        Flush.now(em, CustomerOrder.TYPE + " " + order.getIdempotencyKey(),
                Map.of(IDEMPOTENCY_CONSTRAINT, "idempotencyKey"));
        String onBehalf = origin.isChangeRequest() ? ", change request " + origin.troubleTicketId()
                + " placed on the customer's behalf" : "";
        audit.record(OrderAuditAction.ORDER_PLACED, order, order.getItems().size() + " item(s), key "
                + order.getIdempotencyKey() + onBehalf);
        audit.record(OrderAuditAction.ORDER_DECOMPOSED, order, order.getProductOrders().size() + " product order(s)");
        em.persist(new Interaction(customer, InteractionChannel.PORTAL, origin.isChangeRequest()
                ? InteractionDirection.OUTBOUND : InteractionDirection.INBOUND, "Order placed",
                order.getItems().size() + " item(s); " + order.getProductOrders().size()
                        + " product order(s) to fulfil" + onBehalf + ".", origin.placedBy(), clock)
                .about(CustomerOrder.TYPE, order.getId()));
        order.takeEvents().forEach(outbox::publish);
        return order;
    }

    /**
     * The text rule of every boundary ({@link TextHygiene}) for the texts inside the items, which the interceptor does
     * not see: every item's field at once, and before any of them reaches a query.
     */
    private static void refuseHostileText(List<OrderItemRequest> items) {
        OrderValidation check = OrderValidation.empty();
        for (int i = 0; i < items.size(); i++) {
            OrderItemRequest item = items.get(i);
            if (item != null) {
                hygiene(check, i, "productOfferingId", item.productOfferingId());
                hygiene(check, i, "region", item.regionCode());
                hygiene(check, i, "subscriptionId", item.subscriptionId());
            }
        }
        check.requireConsistent();
    }

    private static void hygiene(OrderValidation check, int index, String field, String value) {
        if (value != null) {
            try {
                TextHygiene.check("items[" + index + "]." + field, value, false);
            } catch (CloudCareException refused) {
                check.refuseItem(index, field, refused.getMessage());
            }
        }
    }

    private void checkAgainstCatalogueAndInventory(OrderValidation check, int index, OrderItemRequest item,
            Customer customer, Map<String, ProductOffering> offerings, Map<String, Subscription> subscriptions) {
        ProductOffering offering = item.productOfferingId() == null ? null
                : offerings.get(item.productOfferingId().strip());
        if (item.productOfferingId() != null && !item.productOfferingId().isBlank()) {
            if (offering == null) {
                check.refuseItem(index, "productOfferingId", "Item " + index + " names no offering of the catalogue.");
            } else if (item.action() != OrderItemAction.DELETE && !offering.isOrderable()) {
                check.refuseItem(index, "productOfferingId", "Item " + index + ": " + offering.getName() + " is "
                        + offering.getStatus().name().toLowerCase() + " and cannot be ordered.");
            }
        }
        if (offering != null && item.action() != OrderItemAction.DELETE && item.regionCode() != null
                && !item.regionCode().isBlank() && !offering.isOfferedIn(item.regionCode().strip())) {
            check.refuseItem(index, "region", "Item " + index + ": " + offering.getName() + " is not offered in "
                    + item.regionCode().strip() + "; it is offered in " + offering.getRegions() + ".");
        }
        if ((item.action() == OrderItemAction.MODIFY || item.action() == OrderItemAction.DELETE)
                && item.subscriptionId() != null && !item.subscriptionId().isBlank()) {
            Subscription subscription = subscriptions.get(item.subscriptionId().strip());
            if (subscription == null || !subscription.getCustomerId().equals(customer.getId())
                    || subscription.getStatus() == SubscriptionStatus.TERMINATED) {
                check.refuseItem(index, "subscriptionId", "Item " + index
                        + " names no subscription the customer has.");
            } else if (offering != null && subscription.getProductOfferingId() != null
                    && !subscription.getProductOfferingId().equals(offering.getId())) {
                check.refuseItem(index, "productOfferingId", "Item " + index
                        + " names another offering than the subscription's.");
            } else {
                check.relocation(index, item, subscription.getRegion());
            }
        }
    }

    private Map<String, ProductOffering> offeringsOf(List<OrderItemRequest> items) {
        Set<String> ids = items.stream().filter(item -> item != null && item.productOfferingId() != null)
                .map(item -> item.productOfferingId().strip()).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT o FROM ProductOffering o WHERE o.id IN :ids", ProductOffering.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ProductOffering::getId, Function.identity()));
    }

    private Map<String, Subscription> subscriptionsOf(List<OrderItemRequest> items) {
        Set<String> ids = items.stream().filter(item -> item != null && item.subscriptionId() != null)
                .map(item -> item.subscriptionId().strip()).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s FROM Subscription s WHERE s.id IN :ids", Subscription.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Subscription::getId, Function.identity()));
    }
}
