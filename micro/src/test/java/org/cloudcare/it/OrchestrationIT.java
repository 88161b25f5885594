package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.it.support.BusinessManager;
import org.cloudcare.it.support.InTransaction;
import org.cloudcare.order.boundary.CustomerOrders;
import org.cloudcare.order.boundary.FulfilmentOrchestration;
import org.cloudcare.order.control.AutomaticFulfilment;
import org.cloudcare.order.entity.CustomerOrder;
import org.cloudcare.order.entity.CustomerOrderState;
import org.cloudcare.order.entity.Milestone;
import org.cloudcare.order.entity.OrderAuditAction;
import org.cloudcare.order.entity.OrderItemRequest;
import org.cloudcare.order.entity.OrderStateChange;
import org.cloudcare.order.entity.OrderValidation;
import org.cloudcare.order.entity.ProductOrder;
import org.cloudcare.order.entity.ProductOrderState;
import org.cloudcare.platform.claim.Leases;
import org.cloudcare.platform.paging.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Order orchestration inside Payara Micro on the real WAR and its database: product orders handed to the automatic
 * fulfilment provider are started and completed by the orchestration job from what the rows say, two sweeps racing
 * (as two instances would) take each step once, a product order whose lease a crashed instance left behind is carried
 * on once the lease runs out, and the jeopardy sweep flags an order past its requested date.
 *
 * <p>The application's own timers run here too. The test parks its product orders' steps an hour ahead and sweeps "as
 * of" that time, which the scheduled job will not reach while the test runs.
 */
@ExtendWith(ArquillianExtension.class)
class OrchestrationIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Instant PARKED = NOW.plus(Duration.ofHours(1));

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cloudcare.war"))
                .addClass(OrchestrationIT.class).addPackage(InTransaction.class.getPackage())
                .addAsWebInfResource("run-as-glassfish-web.xml", "glassfish-web.xml");
    }

    @Inject
    InTransaction tx;

    @Inject
    FulfilmentOrchestration orchestration;

    @Inject
    CustomerOrders orders;

    @Inject
    AutomaticFulfilment automatic;

    @Inject
    Leases leases;

    @Inject
    BusinessManager staff;

    /** An order of a new customer, placed at {@code placed}, its product orders handed to automatic fulfilment. */
    private String automaticOrder(Instant placed, Instant due, Instant firstStep, List<OrderItemRequest> items) {
        return tx.apply(em -> {
            Customer customer = new Customer("orc-" + UUID.randomUUID().toString().substring(0, 8),
                    "Orchestration Test Clinic", CustomerKind.CLINIC, "en", java.time.Clock.fixed(placed,
                            ZoneOffset.UTC));
            em.persist(customer);
            CustomerOrder order = CustomerOrder.place(customer, "key-1", due, items,
                    OrderValidation.of(due, items, placed), "bianca", placed);
            order.decompose(offering -> List.of(), placed);
            for (ProductOrder productOrder : order.getProductOrders()) {
                productOrder.fulfilBy(AutomaticFulfilment.NAME);
                productOrder.scheduleNextStep(firstStep);
            }
            em.persist(order);
            return order.getId();
        });
    }

    private String automaticOrder(List<OrderItemRequest> items) {
        return automaticOrder(NOW, NOW.plus(Duration.ofDays(14)), PARKED, items);
    }

    private CustomerOrder read(String orderId) {
        return tx.apply(em -> {
            CustomerOrder order = em.find(CustomerOrder.class, orderId);
            order.getProductOrders().forEach(p -> p.getMilestones().size());
            order.getHistory().size();
            return order;
        });
    }

    private long audited(String entityId, OrderAuditAction action) {
        return tx.apply(em -> em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityId = :id"
                + " AND a.action = :action", Long.class).setParameter("id", entityId)
                .setParameter("action", action.name()).getSingleResult());
    }

    private long events(String aggregateId, String payloadPart) {
        return tx.apply(em -> em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.aggregateId = :id"
                + " AND e.payload LIKE :part", Long.class).setParameter("id", aggregateId)
                .setParameter("part", "%" + payloadPart + "%").getSingleResult());
    }

    private static long milestones(ProductOrder productOrder, String name) {
        return productOrder.getMilestones().stream().filter(m -> m.getName().equals(name)).count();
    }

    @Test
    void twoSweepsRacingTakeEachStepOnceAndTheOrderCompletesFromTheRowsAlone() throws Exception {
        String orderId = automaticOrder(List.of(OrderItemRequest.add("vm-standard", 2, "ch-zurich"),
                OrderItemRequest.add("postgres", 1, "ch-geneva")));
        Instant startAt = PARKED.plusSeconds(1);

        List<Integer> taken = race(() -> orchestration.takeDueSteps(startAt));

        assertTrue(taken.stream().mapToInt(Integer::intValue).sum() >= 2, "both product orders started: " + taken);
        CustomerOrder started = read(orderId);
        assertEquals(CustomerOrderState.IN_PROGRESS, started.getState());
        for (ProductOrder productOrder : started.getProductOrders()) {
            assertEquals(ProductOrderState.IN_PROGRESS, productOrder.getState());
            assertEquals(1, milestones(productOrder, Milestone.PROVISIONING_STARTED));
            assertEquals(1, audited(productOrder.getId(), OrderAuditAction.PRODUCT_ORDER_STARTED));
            assertEquals(1, events(productOrder.getId(), "\"to\":\"IN_PROGRESS\""));
            assertEquals(startAt.plus(automatic.delay()), productOrder.getNextStepAt().toInstant(),
                    "the provider's next step is on the row");
        }
        assertEquals(List.of(CustomerOrderState.ACKNOWLEDGED, CustomerOrderState.IN_PROGRESS),
                started.getHistory().stream().map(OrderStateChange::getTo).toList());
        assertEquals("automatic fulfilment", started.getHistory().get(1).getActor());

        ProductOrder first = started.getProductOrders().get(0);
        assertFalse(orders.takeFulfilmentStep(first.getId(), first.getVersion() - 1, PARKED.plus(Duration.ofDays(1))),
                "a step read before the last one is not taken again");

        Instant completeAt = startAt.plus(automatic.delay());
        race(() -> orchestration.takeDueSteps(completeAt));

        CustomerOrder done = read(orderId);
        assertEquals(CustomerOrderState.COMPLETED, done.getState());
        for (ProductOrder productOrder : done.getProductOrders()) {
            assertEquals(ProductOrderState.COMPLETED, productOrder.getState());
            assertNull(productOrder.getNextStepAt(), "nothing left to do");
            assertEquals(1, milestones(productOrder, Milestone.COMPLETED));
            assertEquals(1, audited(productOrder.getId(), OrderAuditAction.PRODUCT_ORDER_COMPLETED));
        }
        Long subscriptions = tx.apply(em -> em.createQuery("SELECT COUNT(s) FROM Subscription s"
                + " WHERE s.orderId = :order", Long.class).setParameter("order", orderId).getSingleResult());
        assertEquals(2L, subscriptions, "each completed add published once");
    }

    @Test
    void theApplicationsOwnTimerStartsAndCompletesAnAutomaticProductOrderByItself() throws Exception {
        String orderId = automaticOrder(NOW, NOW.plus(Duration.ofDays(14)), Instant.now(),
                List.of(OrderItemRequest.add("vm-standard", 1, "ch-zurich")));
        Instant patience = Instant.now().plus(automatic.delay()).plus(Duration.ofSeconds(30));
        while (read(orderId).getState() != CustomerOrderState.COMPLETED && Instant.now().isBefore(patience)) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        CustomerOrder done = read(orderId);
        assertEquals(CustomerOrderState.COMPLETED, done.getState(), "within the delay and a few timer rounds");
        assertEquals("automatic fulfilment", done.getHistory().get(done.getHistory().size() - 1).getActor());
    }

    @Test
    void aProductOrderLeftByACrashedInstanceIsCarriedOnOnceItsLeaseRunsOut() throws Exception {
        String orderId = automaticOrder(List.of(OrderItemRequest.add("vm-standard", 1, "ch-zurich")));
        String productOrderId = read(orderId).getProductOrders().get(0).getId();
        // the crashed instance had claimed the product order and died before its step committed
        assertTrue(leases.tryAcquire("fulfilment:" + productOrderId, "crashed-instance", Duration.ofSeconds(3),
                OffsetDateTime.now(ZoneOffset.UTC)).isPresent());
        Instant stepAt = PARKED.plusSeconds(1);

        orchestration.takeDueSteps(stepAt);
        assertEquals(ProductOrderState.ACKNOWLEDGED, read(orderId).getProductOrders().get(0).getState(),
                "left alone while the crashed instance's lease lasts");

        TimeUnit.MILLISECONDS.sleep(3_500);
        orchestration.takeDueSteps(stepAt);

        ProductOrder carriedOn = read(orderId).getProductOrders().get(0);
        assertEquals(ProductOrderState.IN_PROGRESS, carriedOn.getState(), "taken over once the lease ran out");
        assertEquals(1, milestones(carriedOn, Milestone.PROVISIONING_STARTED));
    }

    @Test
    void aHeldOrderIsNotSteppedUntilItIsResumed() {
        String orderId = automaticOrder(List.of(OrderItemRequest.add("vm-standard", 1, "ch-zurich")));
        orchestration.takeDueSteps(PARKED.plusSeconds(1));
        tx.apply(em -> {
            CustomerOrder order = em.find(CustomerOrder.class, orderId);
            order.holdFulfilment("Maintenance.", "selma", PARKED.plusSeconds(2));
            // a schedule left over from before the hold must not act on the held order
            order.getProductOrders().get(0).scheduleNextStep(PARKED.plusSeconds(3));
            return null;
        });

        orchestration.takeDueSteps(PARKED.plus(Duration.ofMinutes(10)));

        ProductOrder held = read(orderId).getProductOrders().get(0);
        assertEquals(ProductOrderState.HELD, held.getState());
        assertNull(held.getNextStepAt(), "the stale schedule is dropped; resuming schedules again");
    }

    @Test
    void theJeopardySweepFlagsAnOrderPastItsRequestedDateOnce() throws Exception {
        Instant placed = NOW.minus(Duration.ofDays(10));
        String late = automaticOrder(placed, NOW.minus(Duration.ofDays(1)), null,
                List.of(OrderItemRequest.add("vm-standard", 1, "ch-zurich")));
        String onTime = automaticOrder(NOW, NOW.plus(Duration.ofDays(14)), null,
                List.of(OrderItemRequest.add("vm-standard", 1, "ch-zurich")));

        // the application's own sweep may hold the sweep's lease for a moment: try until this sweep ran
        for (int attempt = 0; attempt < 40 && !read(late).isInJeopardy(); attempt++) {
            orchestration.sweepJeopardy(Instant.now());
            TimeUnit.MILLISECONDS.sleep(250);
        }

        assertTrue(read(late).isInJeopardy());
        assertFalse(read(onTime).isInJeopardy());
        List<String> watchList = staff.call(() -> orders.customerOrdersInJeopardy(PageRequest.of(100, null)))
                .items().stream().map(CustomerOrder::getId).toList();
        assertTrue(watchList.contains(late), "on the provider's jeopardy list");
        assertFalse(watchList.contains(onTime));
        orchestration.sweepJeopardy(Instant.now());
        assertEquals(1, audited(late, OrderAuditAction.ORDER_JEOPARDY_CHANGED), "flagged once");
        assertEquals(1, events(late, "\"jeopardy\":true"));
    }

    /** Runs {@code sweep} on two threads at once, as two instances would, and answers both results. */
    private static List<Integer> race(Callable<Integer> sweep) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = List.of(threads.submit(() -> {
                together.await();
                return sweep.call();
            }), threads.submit(() -> {
                together.await();
                return sweep.call();
            }));
            return List.of(results.get(0).get(60, TimeUnit.SECONDS), results.get(1).get(60, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }
}
