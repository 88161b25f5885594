package org.cloudcare.order.entity;

import static org.cloudcare.order.entity.Orders.BIANCA;
import static org.cloudcare.order.entity.Orders.LATER;
import static org.cloudcare.order.entity.Orders.SELMA;
import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The order follows its product orders through {@link CustomerOrder#followProductOrders}, and cancels them. */
class FollowProductOrdersTest {

    private static final String ORCHESTRATION = "orchestration";

    private static List<CustomerOrderState> states(CustomerOrder order) {
        return order.getHistory().stream().map(OrderStateChange::getTo).toList();
    }

    @Test
    void theOrderIsInProgressOnceAProductOrderStarted() {
        CustomerOrder order = Orders.decomposedBundleOrder();
        order.getProductOrders().get(0).start(LATER);

        assertTrue(order.followProductOrders(ORCHESTRATION, LATER));

        assertEquals(CustomerOrderState.IN_PROGRESS, order.getState());
        assertEquals(ORCHESTRATION, order.getHistory().get(1).getActor());
    }

    @Test
    void theOrderCompletesWhenEveryProductOrderCompleted() {
        CustomerOrder order = Orders.decomposedBundleOrder();
        order.getProductOrders().forEach(p -> p.start(LATER));
        order.followProductOrders(ORCHESTRATION, LATER);
        order.getProductOrders().forEach(p -> p.complete(LATER));

        assertTrue(order.followProductOrders(ORCHESTRATION, LATER));

        assertEquals(List.of(CustomerOrderState.ACKNOWLEDGED, CustomerOrderState.IN_PROGRESS,
                CustomerOrderState.COMPLETED), states(order));
    }

    @Test
    void anOrderWhoseProductOrdersAllFinishedBeforeItFollowedGoesThroughInProgress() {
        CustomerOrder order = Orders.decomposedVmOrder();
        ProductOrder productOrder = order.getProductOrders().get(0);
        productOrder.start(LATER);
        productOrder.complete(LATER);

        order.followProductOrders(ORCHESTRATION, LATER);

        assertEquals(List.of(CustomerOrderState.ACKNOWLEDGED, CustomerOrderState.IN_PROGRESS,
                CustomerOrderState.COMPLETED), states(order));
    }

    @Test
    void someCompletedAndTheRestFailedIsPartial() {
        CustomerOrder order = Orders.decomposedBundleOrder();
        order.getProductOrders().forEach(p -> p.start(LATER));
        order.getProductOrders().get(0).complete(LATER);
        order.getProductOrders().subList(1, 4).forEach(p -> p.fail("Archive region full.", LATER));

        order.followProductOrders(ORCHESTRATION, LATER);

        assertEquals(CustomerOrderState.PARTIAL, order.getState());
    }

    @Test
    void allFailedIsFailedWithAReason() {
        CustomerOrder order = Orders.decomposedVmOrder();
        order.getProductOrders().get(0).start(LATER);
        order.getProductOrders().get(0).fail("No capacity.", LATER);

        order.followProductOrders(ORCHESTRATION, LATER);

        assertEquals(CustomerOrderState.FAILED, order.getState());
        assertEquals("No product order was delivered.", order.getHistory().get(2).getReason());
    }

    @Test
    void aHeldProductOrderHoldsTheOrderAndItGoesOnWhenResumed() {
        CustomerOrder order = Orders.decomposedVmOrder();
        ProductOrder productOrder = order.getProductOrders().get(0);
        productOrder.start(LATER);
        productOrder.hold("Maintenance.", LATER);

        order.followProductOrders(ORCHESTRATION, LATER);
        assertEquals(CustomerOrderState.HELD, order.getState());

        productOrder.resume(LATER);
        order.followProductOrders(ORCHESTRATION, LATER);
        assertEquals(CustomerOrderState.IN_PROGRESS, order.getState());
    }

    @Test
    void aHeldOrderBecomesPendingThroughInProgressWhenItsProductOrderWaitsForTheCustomerInstead() {
        CustomerOrder order = Orders.decomposedVmOrder();
        ProductOrder productOrder = order.getProductOrders().get(0);
        productOrder.start(LATER);
        productOrder.hold("Maintenance.", LATER);
        order.followProductOrders(ORCHESTRATION, LATER);
        productOrder.resume(LATER);
        productOrder.pend("Waiting for the customer.", LATER);

        order.followProductOrders(ORCHESTRATION, LATER);

        assertEquals(List.of(CustomerOrderState.ACKNOWLEDGED, CustomerOrderState.IN_PROGRESS, CustomerOrderState.HELD,
                CustomerOrderState.IN_PROGRESS, CustomerOrderState.PENDING), states(order));
    }

    @Test
    void nothingChangesWhenTheProductOrdersGiveTheStateTheOrderHas() {
        CustomerOrder order = Orders.decomposedVmOrder();

        assertFalse(order.followProductOrders(ORCHESTRATION, LATER));
        assertEquals(1, order.getHistory().size());
    }

    @Test
    void theOrderDoesNotFollowWhileACancellationIsHandledButDoesAfterItWasDenied() {
        CustomerOrder order = Orders.decomposedVmOrder();
        order.requestCancellation("Budget cut.", BIANCA, LATER);
        ProductOrder productOrder = order.getProductOrders().get(0);
        productOrder.start(LATER);
        productOrder.complete(LATER);

        assertFalse(order.followProductOrders(ORCHESTRATION, LATER));
        assertEquals(CustomerOrderState.ASSESSING_CANCELLATION, order.getState());

        order.denyCancellation("Already delivered.", SELMA, LATER);
        assertTrue(order.followProductOrders(ORCHESTRATION, LATER));
        assertEquals(CustomerOrderState.COMPLETED, order.getState());
    }

    @Test
    void aFinishedOrderFollowsNothing() {
        CustomerOrder order = Orders.decomposedVmOrder();
        order.proceed(SELMA, LATER);
        order.fail("Given up.", SELMA, LATER);
        order.getProductOrders().get(0).start(LATER);

        assertFalse(order.followProductOrders(ORCHESTRATION, LATER));
        assertEquals(CustomerOrderState.FAILED, order.getState());
    }

    @Test
    void cancellingTheOrderCancelsItsOpenProductOrdersAndKeepsTheFinishedOnes() {
        CustomerOrder order = Orders.decomposedBundleOrder();
        List<ProductOrder> productOrders = order.getProductOrders();
        productOrders.forEach(p -> p.start(LATER));
        productOrders.get(0).complete(LATER);
        productOrders.get(1).hold("Maintenance.", LATER);
        order.followProductOrders(ORCHESTRATION, LATER);
        order.requestCancellation("Budget cut.", BIANCA, LATER);
        order.acceptCancellation(SELMA, LATER);

        order.cancel(SELMA, LATER);

        assertEquals(CustomerOrderState.CANCELLED, order.getState());
        assertEquals(List.of(ProductOrderState.COMPLETED, ProductOrderState.CANCELLED, ProductOrderState.CANCELLED,
                ProductOrderState.CANCELLED), productOrders.stream().map(ProductOrder::getState).toList());
        assertEquals("Budget cut.", productOrders.get(1).getStateReason());
        assertEquals(Milestone.CANCELLED, productOrders.get(1).getMilestones()
                .get(productOrders.get(1).getMilestones().size() - 1).getName());
    }

    @Test
    void anOrderWhoseProductOrdersAllFinishedCannotBeCancelledAnyMore() {
        CustomerOrder order = Orders.decomposedVmOrder();
        order.requestCancellation("Budget cut.", BIANCA, LATER);
        order.acceptCancellation(SELMA, LATER);
        order.getProductOrders().get(0).start(LATER);
        order.getProductOrders().get(0).complete(LATER);

        assertConflict(() -> order.cancel(SELMA, LATER));
        assertEquals(CustomerOrderState.PENDING_CANCELLATION, order.getState());
    }

    @Test
    void theEventsOfTheOrderAndItsProductOrdersAreTakenOnce() {
        CustomerOrder order = Orders.decomposedVmOrder();
        order.getProductOrders().get(0).start(LATER);
        order.followProductOrders(ORCHESTRATION, LATER);

        List<String> types = order.takeEvents().stream().map(e -> e.eventType() + ":" + e.aggregateType()).toList();

        assertEquals(List.of("order.state-changed:CustomerOrder", "order.state-changed:CustomerOrder",
                "order.product-order-state-changed:ProductOrder", "order.product-order-state-changed:ProductOrder"),
                types);
        assertTrue(order.takeEvents().isEmpty());
    }
}
