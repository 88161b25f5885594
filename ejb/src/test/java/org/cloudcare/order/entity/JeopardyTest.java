package org.cloudcare.order.entity;

import static org.cloudcare.order.entity.Orders.DUE;
import static org.cloudcare.order.entity.Orders.LATER;
import static org.cloudcare.order.entity.Orders.PLACED;
import static org.cloudcare.order.entity.Orders.SELMA;
import static org.cloudcare.order.entity.Orders.VM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class JeopardyTest {

    private static final Instant BEFORE_DUE = DUE.minus(Duration.ofDays(1));
    private static final Instant AFTER_DUE = DUE.plusSeconds(1);

    @Test
    void anOrderBeforeItsRequestedDateIsNotInJeopardy() {
        CustomerOrder order = Orders.decomposedVmOrder();

        assertFalse(order.assessJeopardy(BEFORE_DUE));
        assertFalse(order.isInJeopardy());
    }

    @Test
    void anOrderAtItsRequestedDateIsStillOnTime() {
        CustomerOrder order = Orders.decomposedVmOrder();

        order.assessJeopardy(DUE);

        assertFalse(order.isInJeopardy());
    }

    @Test
    void anUnfinishedOrderPastItsRequestedDateIsFlagged() {
        CustomerOrder order = Orders.decomposedVmOrder();

        assertTrue(order.assessJeopardy(AFTER_DUE), "the flag changed");
        assertTrue(order.isInJeopardy());
        assertFalse(order.assessJeopardy(AFTER_DUE.plusSeconds(60)), "no change the second time");
    }

    @Test
    void aFlagRemembersSinceWhenAndIsPublishedOncePerChange() {
        CustomerOrder order = Orders.decomposedVmOrder();
        order.takeEvents();

        order.assessJeopardy(AFTER_DUE);
        order.assessJeopardy(AFTER_DUE.plusSeconds(60));

        assertEquals(AFTER_DUE, order.getJeopardySince().toInstant(), "since the first sweep that saw it");
        List<CustomerOrderJeopardyChanged> events = order.takeEvents().stream()
                .filter(CustomerOrderJeopardyChanged.class::isInstance).map(CustomerOrderJeopardyChanged.class::cast)
                .toList();
        assertEquals(1, events.size());
        assertTrue(events.get(0).jeopardy());
    }

    @Test
    void anOrderNotYetDecomposedPastItsDateIsFlagged() {
        CustomerOrder order = Orders.vmOrder();

        order.assessJeopardy(AFTER_DUE);

        assertTrue(order.isInJeopardy());
    }

    @Test
    void anOrderIsFlaggedWhenFulfilmentExpectsToMissTheDate() {
        CustomerOrder order = Orders.decomposedBundleOrder();
        ProductOrder archive = order.getProductOrders().get(3);
        archive.start(LATER);

        archive.expectCompletionBy(DUE.plus(Duration.ofDays(2)), LATER);
        order.assessJeopardy(LATER);

        assertTrue(order.isInJeopardy());
        assertTrue(archive.isInJeopardy(LATER));
        assertFalse(order.getProductOrders().get(0).isInJeopardy(LATER));
    }

    @Test
    void anExpectationWithinTheDateClearsTheFlag() {
        CustomerOrder order = Orders.decomposedVmOrder();
        ProductOrder productOrder = order.getProductOrders().get(0);
        productOrder.expectCompletionBy(DUE.plusSeconds(3600), LATER);
        order.assessJeopardy(LATER);

        productOrder.expectCompletionBy(DUE.minusSeconds(3600), LATER);

        assertTrue(order.assessJeopardy(LATER));
        assertFalse(order.isInJeopardy());
    }

    @Test
    void aProductOrderPastItsItemsOwnEarlierDateFlagsTheOrder() {
        Instant itemDue = PLACED.plus(Duration.ofDays(2));
        CustomerOrder order = Orders.place(List.of(OrderItemRequest.add(VM, 1, "ch-zurich").by(itemDue),
                OrderItemRequest.add("postgres", 1, "ch-zurich")));
        order.decompose(Orders.CATALOGUE, LATER);

        order.assessJeopardy(itemDue.plusSeconds(1));

        assertTrue(order.isInJeopardy(), "the order's own date is still ahead, but the first item's has passed");
    }

    @Test
    void anOrderWithoutAnyRequestedDateIsNeverInJeopardy() {
        CustomerOrder order = Orders.place(null, List.of(OrderItemRequest.add(VM, 1, "ch-zurich")));
        order.decompose(Orders.CATALOGUE, LATER);

        order.assessJeopardy(PLACED.plus(Duration.ofDays(3650)));

        assertFalse(order.isInJeopardy());
    }

    @Test
    void aFinishedOrderIsNotInJeopardyAndFinishingClearsTheFlag() {
        CustomerOrder order = Orders.decomposedVmOrder();
        order.assessJeopardy(AFTER_DUE);
        ProductOrder productOrder = order.getProductOrders().get(0);
        productOrder.start(AFTER_DUE);
        productOrder.complete(AFTER_DUE);

        order.followProductOrders(SELMA, AFTER_DUE);

        assertFalse(order.isInJeopardy());
        assertFalse(order.assessJeopardy(AFTER_DUE));
    }

    @Test
    void anOrderCompletedByItsDateIsOnTimeAndOneCompletedAfterIsNot() {
        CustomerOrder onTime = Orders.decomposedVmOrder();
        onTime.proceed(SELMA, LATER);
        onTime.complete(SELMA, DUE);
        CustomerOrder late = Orders.decomposedVmOrder();
        late.proceed(SELMA, LATER);
        late.complete(SELMA, AFTER_DUE);

        assertEquals(Boolean.TRUE, onTime.completedOnTime());
        assertEquals(Boolean.FALSE, late.completedOnTime());
    }

    @Test
    void anOrderNotCompletedOrWithoutDateHasNoOnTimeFigure() {
        CustomerOrder failed = Orders.decomposedVmOrder();
        failed.proceed(SELMA, LATER);
        failed.fail("No capacity.", SELMA, LATER);
        CustomerOrder undated = Orders.place(null, List.of(OrderItemRequest.add(VM, 1, "ch-zurich")));
        undated.proceed(SELMA, LATER);
        undated.complete(SELMA, LATER);

        assertNull(failed.completedOnTime());
        assertNull(undated.completedOnTime());
        assertNull(Orders.vmOrder().completedOnTime());
    }
}
