package org.cloudcare.order.entity;

import static org.cloudcare.order.entity.Orders.LATER;
import static org.cloudcare.order.entity.Orders.SELMA;
import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A whole order pending, held and resumed by the service manager ({@link CustomerOrder#pendFulfilment},
 * {@link CustomerOrder#holdFulfilment}, {@link CustomerOrder#resumeFulfilment}), and the orchestration state a product
 * order keeps: its provider and its next automatic step, which every move clears.
 */
class OrderFulfilmentPauseTest {

    private static final Instant STEP = LATER.plus(Duration.ofMinutes(5));

    /** The bundle order with the virtual machine started, the three components still acknowledged. */
    private static CustomerOrder started() {
        CustomerOrder order = Orders.decomposedBundleOrder();
        order.getProductOrders().get(0).start(LATER);
        order.followProductOrders("orchestration", LATER);
        order.getProductOrders().forEach(p -> p.scheduleNextStep(STEP));
        return order;
    }

    private static List<ProductOrderState> states(CustomerOrder order) {
        return order.getProductOrders().stream().map(ProductOrder::getState).toList();
    }

    @Test
    void holdingAnOrderHoldsItsProductOrdersInProgressAndStopsEveryAutomaticStep() {
        CustomerOrder order = started();

        order.holdFulfilment("Data centre maintenance.", SELMA, LATER);

        assertEquals(CustomerOrderState.HELD, order.getState());
        assertEquals(List.of(ProductOrderState.HELD, ProductOrderState.ACKNOWLEDGED, ProductOrderState.ACKNOWLEDGED,
                ProductOrderState.ACKNOWLEDGED), states(order));
        assertEquals("Data centre maintenance.", order.getProductOrders().get(0).getStateReason());
        assertTrue(order.getProductOrders().stream().allMatch(p -> p.getNextStepAt() == null));
        assertFalse(order.isBeingFulfilled());
        assertEquals("Data centre maintenance.", order.getHistory().get(order.getHistory().size() - 1).getReason());
    }

    @Test
    void pendingAnOrderPendsItsProductOrdersInProgressAndResumingTakesThemBack() {
        CustomerOrder order = started();
        order.pendFulfilment("Waiting for the customer's network details.", SELMA, LATER);
        assertEquals(CustomerOrderState.PENDING, order.getState());
        assertEquals(ProductOrderState.PENDING, order.getProductOrders().get(0).getState());

        order.resumeFulfilment(SELMA, LATER.plusSeconds(60));

        assertEquals(CustomerOrderState.IN_PROGRESS, order.getState());
        assertEquals(List.of(ProductOrderState.IN_PROGRESS, ProductOrderState.ACKNOWLEDGED,
                ProductOrderState.ACKNOWLEDGED, ProductOrderState.ACKNOWLEDGED), states(order));
        assertTrue(order.isBeingFulfilled());
        assertFalse(order.followProductOrders("orchestration", LATER.plusSeconds(61)), "the order already agrees");
    }

    @Test
    void onlyAnOrderInProgressIsPendedOrHeldAndOnlyAPendingOrHeldOneResumed() {
        CustomerOrder acknowledged = Orders.decomposedVmOrder();
        assertConflict(() -> acknowledged.holdFulfilment("Too early.", SELMA, LATER));
        assertConflict(() -> acknowledged.pendFulfilment("Too early.", SELMA, LATER));
        assertConflict(() -> acknowledged.resumeFulfilment(SELMA, LATER));

        CustomerOrder held = started();
        held.holdFulfilment("Stop.", SELMA, LATER);
        assertConflict(() -> held.pendFulfilment("Both at once.", SELMA, LATER));
        assertConflict(() -> held.holdFulfilment("Twice.", SELMA, LATER));

        CustomerOrder inProgress = started();
        assertConflict(() -> inProgress.resumeFulfilment(SELMA, LATER));
        assertInvalid("reason", () -> inProgress.holdFulfilment(" ", SELMA, LATER));
        assertEquals(CustomerOrderState.IN_PROGRESS, inProgress.getState(), "a refused move changes nothing");
        assertEquals(ProductOrderState.IN_PROGRESS, inProgress.getProductOrders().get(0).getState());
    }

    @Test
    void aProductOrderKeepsItsProviderAndItsNextStepUntilItMoves() {
        ProductOrder productOrder = Orders.decomposedVmOrder().getProductOrders().get(0);
        assertEquals(ProductOrder.MANUAL, productOrder.getFulfilment());
        productOrder.fulfilBy("automatic");
        productOrder.scheduleNextStep(STEP);

        assertFalse(productOrder.isStepDue(STEP.minusSeconds(1)));
        assertTrue(productOrder.isStepDue(STEP));
        productOrder.start(STEP);

        assertNull(productOrder.getNextStepAt(), "a move clears the schedule; the provider is asked again");
        assertEquals("automatic", productOrder.getFulfilment());
        assertConflict(() -> productOrder.fulfilBy(ProductOrder.MANUAL));
        productOrder.complete(STEP);
        assertConflict(() -> productOrder.scheduleNextStep(STEP));
    }
}
