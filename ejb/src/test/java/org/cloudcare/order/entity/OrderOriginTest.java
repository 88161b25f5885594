package org.cloudcare.order.entity;

import static org.cloudcare.order.entity.Orders.BIANCA;
import static org.cloudcare.order.entity.Orders.PLACED;
import static org.cloudcare.order.entity.Orders.SELMA;
import static org.cloudcare.order.entity.Orders.VM;
import static org.cloudcare.order.entity.Orders.riverside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.cloudcare.platform.error.CloudCareException;
import org.junit.jupiter.api.Test;

/** An order placed by the customer, and one the provider places on the customer's behalf for a change request. */
class OrderOriginTest {

    private static final Instant REQUESTED = PLACED.minus(Duration.ofDays(2));
    private static final List<OrderItemRequest> MOVE = List.of(OrderItemRequest.modify("sub-1", VM, 2, "ch-geneva")
            .withRelocationConsent());

    private static CustomerOrder placed(OrderOrigin origin) {
        return CustomerOrder.place(riverside(), "change-request:t-1", null, MOVE,
                OrderValidation.of(null, MOVE, PLACED), origin, PLACED);
    }

    @Test
    void aChangeRequestsOrderNamesItsTicketAndWhoPlacedIt() {
        CustomerOrder order = placed(OrderOrigin.changeRequest(SELMA, "t-1", "alice", REQUESTED));

        assertEquals("t-1", order.getTroubleTicketId());
        assertEquals(SELMA, order.getPlacedBy(), "the service manager placed it");
        assertEquals(CustomerOrderState.ACKNOWLEDGED, order.getState());
        assertTrue(order.getHistory().get(0).getReason().contains("t-1"), "the history says on whose request");
    }

    @Test
    void theRelocationConsentOfAChangeRequestIsTheRequestersWhenTheRequestWasReceived() {
        OrderItem item = placed(OrderOrigin.changeRequest(SELMA, "t-1", "alice", REQUESTED)).getItems().get(0);

        assertEquals("alice", item.getRelocationConsentBy());
        assertEquals(REQUESTED.atOffset(ZoneOffset.UTC), item.getRelocationConsentAt());
    }

    @Test
    void aCustomersOwnOrderNamesNoTicketAndTheConsentIsThePlacingUsers() {
        CustomerOrder order = placed(OrderOrigin.customer(BIANCA));

        assertNull(order.getTroubleTicketId());
        assertNull(order.getHistory().get(0).getReason());
        assertEquals(BIANCA, order.getItems().get(0).getRelocationConsentBy());
        assertEquals(order.getPlacedAt(), order.getItems().get(0).getRelocationConsentAt());
        assertFalse(OrderOrigin.customer(BIANCA).isChangeRequest());
    }

    @Test
    void aChangeRequestOriginNeedsTheTicketAndWhoRequestedWhen() {
        assertThrows(CloudCareException.class, () -> OrderOrigin.changeRequest(SELMA, " ", "alice", REQUESTED));
        assertThrows(CloudCareException.class, () -> OrderOrigin.changeRequest(SELMA, "t-1", null, REQUESTED));
        assertThrows(CloudCareException.class, () -> OrderOrigin.changeRequest(SELMA, "t-1", "alice", null));
        assertThrows(CloudCareException.class, () -> OrderOrigin.customer(""));
    }
}
