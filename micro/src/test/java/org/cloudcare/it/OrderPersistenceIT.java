package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.customer.entity.SubscriptionStatus;
import org.cloudcare.it.support.InTransaction;
import org.cloudcare.order.entity.CustomerOrder;
import org.cloudcare.order.entity.CustomerOrderState;
import org.cloudcare.order.entity.Milestone;
import org.cloudcare.order.entity.OfferingComponents;
import org.cloudcare.order.entity.OrderItemAction;
import org.cloudcare.order.entity.OrderItemRequest;
import org.cloudcare.order.entity.OrderStateChange;
import org.cloudcare.order.entity.OrderValidation;
import org.cloudcare.order.entity.ProductOrder;
import org.cloudcare.order.entity.ProductOrderState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order entities and the subscription lifecycle against the tables Flyway made (V5): what the domain model holds
 * is what a later transaction reads back, and the database keeps one order per idempotency key. The boundary does not
 * exist yet, so the test works with the entity manager directly.
 */
@ExtendWith(ArquillianExtension.class)
class OrderPersistenceIT {

    private static final Instant PLACED = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Instant DUE = PLACED.plus(Duration.ofDays(14));
    private static final OfferingComponents CATALOGUE = offering -> Map.of("ehr-bundle",
            List.of("ehr-records", "ehr-backup", "ehr-archive")).getOrDefault(offering, List.of());

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cloudcare.war"))
                .addClasses(OrderPersistenceIT.class, InTransaction.class);
    }

    @Inject
    InTransaction tx;

    private Customer newCustomer() {
        Customer customer = new Customer("ord-" + UUID.randomUUID().toString().substring(0, 8), "Order Test Clinic",
                CustomerKind.CLINIC, "en", java.time.Clock.fixed(PLACED, ZoneOffset.UTC));
        return tx.apply(em -> {
            em.persist(customer);
            return customer;
        });
    }

    private static List<OrderItemRequest> items(String subscriptionId) {
        return List.of(OrderItemRequest.add("vm-standard", 2, "ch-zurich"),
                OrderItemRequest.add("ehr-bundle", 1, "ch-geneva").by(DUE.minus(Duration.ofDays(7))),
                OrderItemRequest.modify(subscriptionId, "postgres", 3, "ch-geneva"));
    }

    @Test
    void anOrderWithItemsProductOrdersMilestonesAndHistoryReadsBackAsItWasWritten() {
        Customer customer = newCustomer();
        Subscription existing = tx.apply(em -> {
            Subscription subscription = Subscription.added(customer, "Managed PostgreSQL", "postgres", 1, "ch-zurich",
                    null, null, PLACED);
            subscription.activate(PLACED);
            em.persist(subscription);
            return subscription;
        });
        List<OrderItemRequest> items = items(existing.getId());

        String orderId = tx.apply(em -> {
            CustomerOrder order = CustomerOrder.place(customer, "key-1", DUE, items,
                    OrderValidation.of(DUE, items, PLACED), "bianca", PLACED);
            order.decompose(CATALOGUE, PLACED);
            ProductOrder vm = order.getProductOrders().get(0);
            vm.start(PLACED.plusSeconds(1));
            vm.reachMilestone("virtual machine provisioned", PLACED.plusSeconds(2));
            vm.complete(PLACED.plusSeconds(3));
            order.getProductOrders().get(1).start(PLACED.plusSeconds(1));
            order.getProductOrders().get(1).expectCompletionBy(DUE.plus(Duration.ofDays(1)), PLACED.plusSeconds(1));
            order.followProductOrders("orchestration", PLACED.plusSeconds(4));
            order.assessJeopardy(PLACED.plusSeconds(5));
            em.persist(order);
            return order.getId();
        });

        tx.apply(em -> {
            CustomerOrder order = em.find(CustomerOrder.class, orderId);
            assertEquals(customer.getTenant(), order.getTenant());
            assertEquals(CustomerOrderState.IN_PROGRESS, order.getState());
            assertTrue(order.isInJeopardy(), "a component expects to finish after the requested date");
            assertEquals(OffsetDateTime.ofInstant(DUE, ZoneOffset.UTC), order.getRequestedCompletionDate());
            assertEquals(List.of(OrderItemAction.ADD, OrderItemAction.ADD, OrderItemAction.MODIFY),
                    order.getItems().stream().map(i -> i.getAction()).toList());
            assertEquals(existing.getId(), order.getItems().get(2).getSubscriptionId());
            assertEquals(List.of("vm-standard", "ehr-records", "ehr-backup", "ehr-archive", "postgres"),
                    order.getProductOrders().stream().map(ProductOrder::getProductOfferingId).toList());
            ProductOrder vm = order.getProductOrders().get(0);
            assertEquals(ProductOrderState.COMPLETED, vm.getState());
            assertEquals(List.of(Milestone.ACCEPTED, Milestone.PROVISIONING_STARTED, "virtual machine provisioned",
                    Milestone.COMPLETED), vm.getMilestones().stream().map(Milestone::getName).toList());
            assertEquals(OffsetDateTime.ofInstant(PLACED.plusSeconds(3), ZoneOffset.UTC),
                    vm.getMilestones().get(3).getReachedAt());
            assertEquals("ehr-bundle", order.getProductOrders().get(1).getBundleOfferingId());
            assertEquals(List.of(CustomerOrderState.ACKNOWLEDGED, CustomerOrderState.IN_PROGRESS),
                    order.getHistory().stream().map(OrderStateChange::getTo).toList());
            assertNull(order.getHistory().get(0).getFrom());
            assertEquals("orchestration", order.getHistory().get(1).getActor());
            assertEquals(order.getFingerprint(), CustomerOrder.place(customer, "key-2", DUE, items,
                    OrderValidation.empty(), "bianca", PLACED).getFingerprint(), "same content, same fingerprint");
            return null;
        });

        CustomerOrder byKey = tx.apply(em -> em.createNamedQuery(CustomerOrder.BY_IDEMPOTENCY_KEY, CustomerOrder.class)
                .setParameter("tenant", customer.getTenant()).setParameter("key", "key-1").getSingleResult());
        assertEquals(orderId, byKey.getId());
    }

    @Test
    void aCancelledOrderKeepsItsReasonsAndItsCancelledProductOrders() {
        Customer customer = newCustomer();
        List<OrderItemRequest> items = List.of(OrderItemRequest.add("ehr-bundle", 1, "ch-geneva"));
        String orderId = tx.apply(em -> {
            CustomerOrder order = CustomerOrder.place(customer, "key-1", DUE, items, OrderValidation.empty(), "bianca",
                    PLACED);
            order.decompose(CATALOGUE, PLACED);
            em.persist(order);
            return order.getId();
        });

        tx.apply(em -> {
            CustomerOrder order = em.find(CustomerOrder.class, orderId);
            order.requestCancellation("Budget cut.", "bianca", PLACED.plusSeconds(10));
            order.acceptCancellation("selma", PLACED.plusSeconds(20));
            order.cancel("selma", PLACED.plusSeconds(30));
            return null;
        });

        tx.apply(em -> {
            CustomerOrder order = em.find(CustomerOrder.class, orderId);
            assertEquals(CustomerOrderState.CANCELLED, order.getState());
            assertEquals("Budget cut.", order.getCancellationReason());
            assertEquals(OffsetDateTime.ofInstant(PLACED.plusSeconds(30), ZoneOffset.UTC), order.getClosedAt());
            assertTrue(order.getProductOrders().stream().allMatch(p -> p.getState() == ProductOrderState.CANCELLED));
            assertEquals(4, order.getHistory().size());
            assertFalse(order.isInJeopardy());
            return null;
        });
    }

    @Test
    void theDatabaseKeepsOneOrderPerIdempotencyKeyOfATenant() {
        Customer customer = newCustomer();
        List<OrderItemRequest> items = List.of(OrderItemRequest.add("vm-standard", 1, "ch-zurich"));
        tx.apply(em -> {
            em.persist(CustomerOrder.place(customer, "same-key", DUE, items, OrderValidation.empty(), "bianca",
                    PLACED));
            return null;
        });

        assertThrows(EJBException.class, () -> tx.apply(em -> {
            em.persist(CustomerOrder.place(customer, "same-key", DUE, items, OrderValidation.empty(), "bianca",
                    PLACED));
            return null;
        }));
        Long orders = tx.apply(em -> em.createQuery("SELECT COUNT(o) FROM CustomerOrder o WHERE o.tenant = :tenant",
                Long.class).setParameter("tenant", customer.getTenant()).getSingleResult());
        assertEquals(1L, orders);
    }

    @Test
    void aSubscriptionFromACompletedAddIsModifiedRelocatedAndTerminatedAcrossTransactions() {
        Customer customer = newCustomer();
        String id = tx.apply(em -> {
            Subscription subscription = Subscription.added(customer, "Virtual machine", "vm-standard", 2, "ch-zurich",
                    null, null, PLACED);
            em.persist(subscription);
            return subscription.getId();
        });

        Boolean relocated = tx.apply(em -> {
            Subscription subscription = em.find(Subscription.class, id);
            subscription.activate(PLACED.plusSeconds(60));
            return subscription.modify(4, "ch-geneva");
        });
        assertTrue(relocated);

        tx.apply(em -> {
            Subscription subscription = em.find(Subscription.class, id);
            assertEquals(SubscriptionStatus.ACTIVE, subscription.getStatus());
            assertEquals(4, subscription.getQuantity());
            assertEquals("ch-geneva", subscription.getRegion());
            assertEquals("vm-standard", subscription.getProductOfferingId());
            subscription.terminate("Deleted by order.", PLACED.plusSeconds(120));
            return null;
        });

        Subscription terminated = tx.apply(em -> em.find(Subscription.class, id));
        assertEquals(SubscriptionStatus.TERMINATED, terminated.getStatus());
        assertEquals(OffsetDateTime.ofInstant(PLACED.plusSeconds(120), ZoneOffset.UTC),
                terminated.getTerminationDate());
    }
}
