package org.cloudcare.platform.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.order.entity.CustomerOrder;
import org.cloudcare.order.entity.OrderItem;
import org.cloudcare.order.entity.OrderItemRequest;
import org.cloudcare.order.entity.OrderValidation;
import org.cloudcare.order.entity.ProductOrder;
import org.cloudcare.sla.control.AgreementPublication;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo orders, made with the order's own entity methods (place, decompose, product order moves, follow, publication
 * into subscriptions): Riverside's completed order for a virtual machine and managed PostgreSQL (two active
 * subscriptions), Harbor's completed order for a virtual machine (one), both completed on the 20th of the month
 * before the previous one (so the demo measurements of the previous month lie within their agreements), and
 * Riverside's order for the electronic health records bundle in progress (one of its three product orders started),
 * for selma's queue. Keys start with {@code demo-}; the unique key makes all but the first of several starting
 * instances give up. Switched off with {@code CLOUDCARE_DEMO_DATA=false}.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "CatalogDemoData"})
public class OrderDemoData {

    private static final Logger LOG = Logger.getLogger(OrderDemoData.class.getName());
    private static final String ACTOR = "demo-data";

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cloudcare.demo-data", defaultValue = "true")
    boolean enabled;

    @Inject
    Clock clock;

    @Inject
    AgreementPublication agreements;

    @PostConstruct
    void load() {
        if (!enabled || em.createQuery("SELECT COUNT(o) FROM CustomerOrder o", Long.class).getSingleResult() > 0) {
            return;
        }
        Customer riverside = customer("riverside");
        Customer harbor = customer("harbor");
        if (riverside == null || harbor == null || offering(CatalogDemoData.VIRTUAL_MACHINE) == null) {
            return;
        }
        // completed before the previous calendar month, so the demo measurements of that month have whole agreements
        Instant completedAt = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(2).atDay(20).atTime(8, 0)
                .toInstant(ZoneOffset.UTC);
        completed(riverside, "demo-riverside-initial", completedAt, List.of(
                OrderItemRequest.add(offering(CatalogDemoData.VIRTUAL_MACHINE).getId(), 4, "ch-zurich"),
                OrderItemRequest.add(offering(CatalogDemoData.MANAGED_POSTGRESQL).getId(), 2, "ch-zurich")));
        completed(harbor, "demo-harbor-initial", completedAt, List.of(
                OrderItemRequest.add(offering(CatalogDemoData.VIRTUAL_MACHINE).getId(), 2, "ch-geneva")));
        CustomerOrder inProgress = placed(riverside, "demo-riverside-ehr", List.of(
                OrderItemRequest.add(offering(CatalogDemoData.EHR_SUITE).getId(), 1, "ch-zurich")), clock.instant());
        Instant now = clock.instant();
        inProgress.getProductOrders().get(0).start(now);
        inProgress.followProductOrders(ACTOR, now);
        inProgress.takeEvents();
        LOG.info("Demo data loaded: orders of riverside (completed; bundle in progress) and harbor (completed)");
    }

    private CustomerOrder placed(Customer customer, String key, List<OrderItemRequest> items, Instant now) {
        CustomerOrder order = CustomerOrder.place(customer, key, null, items, OrderValidation.of(null, items, now),
                ACTOR, now);
        em.persist(order);
        order.decompose(id -> em.find(ProductOffering.class, id).getBundledProductOfferings().stream()
                .map(ProductOffering::getId).toList(), now);
        return order;
    }

    /** Placed at {@code at} and completed an hour later. */
    private void completed(Customer customer, String key, Instant at, List<OrderItemRequest> items) {
        CustomerOrder order = placed(customer, key, items, at);
        // the order's row first: nothing relates a subscription to its order for EclipseLink to sort the inserts by
        em.flush();
        Instant now = at.plus(Duration.ofHours(1));
        for (ProductOrder productOrder : order.getProductOrders()) {
            productOrder.start(now);
            productOrder.complete(now);
        }
        order.followProductOrders(ACTOR, now);
        for (OrderItem item : order.completedItems()) {
            Subscription subscription = Subscription.added(customer,
                    em.find(ProductOffering.class, item.getProductOfferingId()).getName(),
                    item.getProductOfferingId(), item.getQuantity(), item.getRegionCode(), null, order.getId(), now);
            em.persist(subscription);
            subscription.activate(now);
            agreements.started(subscription, now);
        }
        order.takeEvents(); // demo history, not news: nothing to deliver
    }

    private Customer customer(String code) {
        return em.createNamedQuery(Customer.BY_CODE, Customer.class).setParameter("code", code).getResultStream()
                .findFirst().orElse(null);
    }

    private ProductOffering offering(String code) {
        return em.createQuery("SELECT o FROM ProductOffering o WHERE o.code = :code", ProductOffering.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }
}
