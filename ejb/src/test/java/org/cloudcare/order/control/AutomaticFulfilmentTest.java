package org.cloudcare.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.order.entity.CustomerOrder;
import org.cloudcare.order.entity.Milestone;
import org.cloudcare.order.entity.OrderItemRequest;
import org.cloudcare.order.entity.OrderValidation;
import org.cloudcare.order.entity.ProductOrder;
import org.cloudcare.order.entity.ProductOrderState;
import org.junit.jupiter.api.Test;

/** The automatic provider: start after the delay, complete one delay later, wait while pending or held. */
class AutomaticFulfilmentTest {

    private static final Instant PLACED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration DELAY = Duration.ofSeconds(5);

    private static AutomaticFulfilment provider(String delay) {
        AutomaticFulfilment automatic = new AutomaticFulfilment();
        automatic.configuredDelay = delay;
        automatic.init();
        return automatic;
    }

    private static ProductOrder productOrder() {
        Customer customer = new Customer("riverside", "Riverside General Hospital", CustomerKind.HOSPITAL, "en",
                Clock.fixed(PLACED, ZoneOffset.UTC));
        List<OrderItemRequest> items = List.of(OrderItemRequest.add("vm-standard", 1, "ch-zurich"));
        Instant due = PLACED.plus(Duration.ofDays(14));
        CustomerOrder order = CustomerOrder.place(customer, "key-1", due, items, OrderValidation.of(due, items, PLACED),
                "bianca", PLACED);
        order.decompose(offering -> List.of(), PLACED);
        return order.getProductOrders().get(0);
    }

    @Test
    void startsAfterTheDelayAndCompletesOneDelayLater() {
        AutomaticFulfilment automatic = provider("PT5S");
        ProductOrder productOrder = productOrder();

        Instant start = automatic.nextStepAt(productOrder, PLACED);
        assertEquals(PLACED.plus(DELAY), start);
        automatic.takeStep(productOrder, start);
        assertEquals(ProductOrderState.IN_PROGRESS, productOrder.getState());
        assertEquals(start.plus(DELAY), productOrder.getExpectedCompletionDate().toInstant());

        Instant complete = automatic.nextStepAt(productOrder, start);
        automatic.takeStep(productOrder, complete);
        assertEquals(ProductOrderState.COMPLETED, productOrder.getState());
        assertEquals(List.of(Milestone.ACCEPTED, Milestone.PROVISIONING_STARTED, AutomaticFulfilment.PROVISIONED,
                Milestone.COMPLETED), productOrder.getMilestones().stream().map(Milestone::getName).toList());
        assertNull(automatic.nextStepAt(productOrder, complete), "nothing left to do");
    }

    @Test
    void waitsForPeopleWhilePendingOrHeld() {
        AutomaticFulfilment automatic = provider("PT5S");
        ProductOrder productOrder = productOrder();
        productOrder.start(PLACED);
        productOrder.hold("Maintenance.", PLACED);

        assertNull(automatic.nextStepAt(productOrder, PLACED));
        automatic.takeStep(productOrder, PLACED);
        assertEquals(ProductOrderState.HELD, productOrder.getState(), "a held product order is not touched");
    }

    @Test
    void aDelayThatIsNoDurationIsAConfigurationError() {
        assertThrows(IllegalStateException.class, () -> provider("ten seconds"));
        assertThrows(IllegalStateException.class, () -> provider("-PT1S"));
        assertEquals(Duration.ZERO, provider("PT0S").delay());
    }
}
