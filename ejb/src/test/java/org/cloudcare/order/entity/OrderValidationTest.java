package org.cloudcare.order.entity;

import static org.cloudcare.order.entity.Orders.BIANCA;
import static org.cloudcare.order.entity.Orders.DUE;
import static org.cloudcare.order.entity.Orders.PLACED;
import static org.cloudcare.order.entity.Orders.VM;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudcare.platform.error.InvalidInput;
import org.cloudcare.platform.error.InvalidInput.Reason;
import org.cloudcare.platform.error.ErrorCode;
import org.junit.jupiter.api.Test;

class OrderValidationTest {

    private static List<String> fields(OrderValidation check) {
        return check.reasons().stream().map(Reason::field).toList();
    }

    private static OrderValidation check(OrderItemRequest... items) {
        return OrderValidation.of(DUE, List.of(items), PLACED);
    }

    @Test
    void aConsistentOrderHasNoReasons() {
        OrderValidation check = check(OrderItemRequest.add(VM, 1, "ch-zurich"),
                OrderItemRequest.modify("sub-1", VM, 3, "ch-geneva"), OrderItemRequest.delete("sub-2", VM));

        assertTrue(check.isConsistent());
        assertTrue(check.reasons().isEmpty());
        check.requireConsistent();
    }

    @Test
    void everyReasonIsCollectedAtOnceEachNamingItsItemAndField() {
        OrderValidation check = OrderValidation.of(PLACED.minusSeconds(1), List.of(
                OrderItemRequest.add(VM, 1, "ch-zurich"),
                new OrderItemRequest(OrderItemAction.ADD, " ", 0, null, null, "sub-9"),
                new OrderItemRequest(OrderItemAction.MODIFY, VM, -1, "ch-zurich", PLACED, null),
                new OrderItemRequest(null, VM, 1, "ch-zurich", null, null)), PLACED);

        assertEquals(List.of("requestedCompletionDate",
                "items[1].productOfferingId", "items[1].quantity", "items[1].region", "items[1].subscriptionId",
                "items[2].quantity", "items[2].subscriptionId", "items[2].requestedCompletionDate",
                "items[3].action"), fields(check));
        check.reasons().forEach(reason -> assertTrue(reason.message().endsWith("."), reason.message()));
    }

    @Test
    void anOrderWithoutItemsIsInconsistent() {
        assertEquals(List.of("items"), fields(OrderValidation.of(DUE, List.of(), PLACED)));
        assertEquals(List.of("items"), fields(OrderValidation.of(DUE, null, PLACED)));
    }

    @Test
    void anEmptyItemIsNamedByItsIndex() {
        List<OrderItemRequest> items = new ArrayList<>();
        items.add(OrderItemRequest.add(VM, 1, "ch-zurich"));
        items.add(null);

        assertEquals(List.of("items[1]"), fields(OrderValidation.of(DUE, items, PLACED)));
    }

    @Test
    void tooManyItemsAreRefused() {
        List<OrderItemRequest> items = Collections.nCopies(OrderValidation.MAX_ITEMS + 1,
                OrderItemRequest.add(VM, 1, "ch-zurich"));

        assertEquals(List.of("items"), fields(OrderValidation.of(DUE, items, PLACED)));
        assertTrue(OrderValidation.of(DUE, items.subList(0, OrderValidation.MAX_ITEMS), PLACED).isConsistent());
    }

    @Test
    void aQuantityMustBeBetweenOneAndTheMaximum() {
        assertEquals(List.of("items[0].quantity"), fields(check(OrderItemRequest.add(VM, 0, "ch-zurich"))));
        assertEquals(List.of("items[0].quantity"), fields(check(
                new OrderItemRequest(OrderItemAction.ADD, VM, null, "ch-zurich", null, null))));
        assertEquals(List.of("items[0].quantity"), fields(check(
                OrderItemRequest.add(VM, OrderValidation.MAX_QUANTITY + 1, "ch-zurich"))));
        assertTrue(check(OrderItemRequest.add(VM, OrderValidation.MAX_QUANTITY, "ch-zurich")).isConsistent());
    }

    @Test
    void modifyAndDeleteMustNameTheSubscription() {
        assertEquals(List.of("items[0].subscriptionId", "items[1].subscriptionId"), fields(check(
                OrderItemRequest.modify(" ", VM, 1, "ch-zurich"), OrderItemRequest.delete(null, VM))));
    }

    @Test
    void aDeleteNeedsNeitherQuantityNorRegion() {
        assertTrue(check(OrderItemRequest.delete("sub-1", VM)).isConsistent());
    }

    @Test
    void overlongIdentifiersAndRegionsAreRefused() {
        String tooLong = "x".repeat(101);
        assertEquals(List.of("items[0].productOfferingId", "items[0].region"), fields(check(
                OrderItemRequest.add(tooLong, 1, tooLong))));
    }

    @Test
    void theBoundaryAddsWhatOnlyTheCatalogueAndInventoryKnow() {
        OrderValidation check = check(OrderItemRequest.add(VM, 1, "mars-1"));

        check.refuseItem(0, "region", "The offering vm-standard is not offered in region mars-1.")
                .refuse("customer", "Customer riverside is suspended.");

        assertEquals(List.of("items[0].region", "customer"), fields(check));
    }

    @Test
    void anInconsistentOrderIsRefusedWithEveryReasonAndTheFirstField() {
        OrderValidation check = check(OrderItemRequest.add(VM, 0, null));

        InvalidInput rejected = assertThrows(InvalidInput.class, check::requireConsistent);

        assertEquals(ErrorCode.VALIDATION, rejected.code());
        assertEquals("items[0].quantity", rejected.field());
        assertEquals(check.reasons(), rejected.reasons());
        assertTrue(rejected.getMessage().contains("items[0].region"), rejected.getMessage());
    }

    @Test
    void placingAnInconsistentOrderIsRefusedSoNothingIsCreated() {
        List<OrderItemRequest> items = List.of(OrderItemRequest.add(VM, 1, "ch-zurich"));
        OrderValidation check = OrderValidation.of(DUE, items, PLACED)
                .refuseItem(0, "productOfferingId", "The offering vm-standard is retired.");

        InvalidInput rejected = assertThrows(InvalidInput.class,
                () -> CustomerOrder.place(Orders.riverside(), "key-1", DUE, items, check, BIANCA, PLACED));

        assertEquals(List.of("items[0].productOfferingId"), rejected.reasons().stream().map(Reason::field).toList());
    }

    @Test
    void placingChecksTheItemsItselfEvenWhenTheBoundaryFoundNothing() {
        List<OrderItemRequest> items = List.of(OrderItemRequest.add(VM, 0, "ch-zurich"));

        InvalidInput rejected = assertThrows(InvalidInput.class, () -> CustomerOrder.place(Orders.riverside(),
                "key-1", DUE, items, OrderValidation.empty(), BIANCA, PLACED));

        assertEquals("items[0].quantity", rejected.field());
    }

    @Test
    void placingNeedsAnIdempotencyKey() {
        List<OrderItemRequest> items = List.of(OrderItemRequest.add(VM, 1, "ch-zurich"));
        OrderValidation check = OrderValidation.of(DUE, items, PLACED);

        assertInvalid("idempotencyKey", () -> CustomerOrder.place(Orders.riverside(), " ", DUE, items, check, BIANCA,
                PLACED));
        assertInvalid("idempotencyKey", () -> CustomerOrder.place(Orders.riverside(),
                "k".repeat(CustomerOrder.MAX_IDEMPOTENCY_KEY + 1), DUE, items, check, BIANCA, PLACED));
    }

    @Test
    void aPlacedOrderKeepsItsItemsTrimmedInTheirPositions() {
        CustomerOrder order = Orders.place(List.of(OrderItemRequest.add(" vm-standard ", 2, " ch-zurich "),
                OrderItemRequest.delete(" sub-1 ", VM)));

        List<OrderItem> items = order.getItems();
        assertEquals(List.of(0, 1), items.stream().map(OrderItem::getPosition).toList());
        assertEquals(VM, items.get(0).getProductOfferingId());
        assertEquals("ch-zurich", items.get(0).getRegionCode());
        assertEquals("sub-1", items.get(1).getSubscriptionId());
        assertEquals(order.getId(), items.get(1).getOrderId());
        assertEquals("riverside", items.get(1).getTenant());
    }

    @Test
    void aModifyThatMovesTheDataNeedsTheCustomersConsent() {
        OrderItemRequest move = OrderItemRequest.modify("sub-1", VM, 2, "ch-geneva");

        assertEquals(List.of("items[1].relocationConsent"),
                fields(OrderValidation.empty().relocation(1, move, "ch-zurich")));
        assertTrue(OrderValidation.empty().relocation(1, move.withRelocationConsent(), "ch-zurich").isConsistent());
        assertTrue(OrderValidation.empty().relocation(1, move, "ch-geneva").isConsistent(), "same region");
        assertTrue(OrderValidation.empty().relocation(0, OrderItemRequest.delete("sub-1", VM), "ch-zurich")
                .isConsistent(), "a delete moves nothing");
    }

    @Test
    void theConsentIsRecordedOnTheItemWithWhoAndWhen() {
        CustomerOrder order = Orders.place(List.of(OrderItemRequest.modify("sub-1", VM, 2, "ch-geneva")
                .withRelocationConsent(), OrderItemRequest.modify("sub-2", VM, 2, "ch-geneva")));

        assertEquals(BIANCA, order.getItems().get(0).getRelocationConsentBy());
        assertEquals(order.getPlacedAt(), order.getItems().get(0).getRelocationConsentAt());
        assertEquals(null, order.getItems().get(1).getRelocationConsentBy());
    }

    @Test
    void theConsentIsPartOfTheOrdersContentForIdempotency() {
        OrderItemRequest move = OrderItemRequest.modify("sub-1", VM, 2, "ch-geneva");

        assertTrue(!OrderFingerprint.of(DUE, List.of(move))
                .equals(OrderFingerprint.of(DUE, List.of(move.withRelocationConsent()))));
    }
}
