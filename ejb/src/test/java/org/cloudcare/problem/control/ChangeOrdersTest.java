package org.cloudcare.problem.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cloudcare.order.entity.OrderItemAction;
import org.cloudcare.order.entity.OrderItemRequest;
import org.cloudcare.platform.error.InvalidInput;
import org.junit.jupiter.api.Test;

/** How an accepted change request becomes the one item of its modify order. */
class ChangeOrdersTest {

    private static OrderItemRequest item(Integer quantity, String region, boolean consent) {
        return ChangeOrders.modifyItem("sub-1", "vm-standard", 2, "ch-zurich", quantity, region, consent);
    }

    @Test
    void theItemModifiesTheTicketsSubscriptionWithItsOffering() {
        OrderItemRequest item = item(4, null, false);

        assertEquals(OrderItemAction.MODIFY, item.action());
        assertEquals("sub-1", item.subscriptionId());
        assertEquals("vm-standard", item.productOfferingId());
    }

    @Test
    void aQuantityOrRegionLeftOutStaysAsTheSubscriptionHasIt() {
        OrderItemRequest more = item(4, null, false);
        assertEquals(4, more.quantity());
        assertEquals("ch-zurich", more.regionCode());

        OrderItemRequest moved = item(null, "ch-geneva", true);
        assertEquals(2, moved.quantity());
        assertEquals("ch-geneva", moved.regionCode());
        assertTrue(moved.relocationConsent());
    }

    @Test
    void aChangeThatChangesNothingIsRefusedNamingQuantityAndRegion() {
        assertEquals(List.of("quantity", "region"), fields(() -> ChangeOrders.requireAChange(2, "ch-zurich", null,
                null)));
        assertEquals(List.of("quantity", "region"), fields(() -> ChangeOrders.requireAChange(2, "ch-zurich", 2,
                "ch-zurich")));
        assertEquals(List.of("quantity", "region"), fields(() -> ChangeOrders.requireAChange(2, "ch-zurich", 2,
                " ")));
        ChangeOrders.requireAChange(2, "ch-zurich", 3, null);
        ChangeOrders.requireAChange(2, "ch-zurich", null, " ch-geneva");
    }

    @Test
    void aBadQuantityIsLeftToTheOrdersConsistencyCheck() {
        assertEquals(0, item(0, null, false).quantity());
    }

    @Test
    void theChangeIsDescribedWithWhatItWas() {
        assertEquals("quantity 4 (was 2)", ChangeOrders.describe(item(4, null, false), 2, "ch-zurich"));
        assertEquals("region ch-geneva (was ch-zurich)", ChangeOrders.describe(item(null, "ch-geneva", true), 2,
                "ch-zurich"));
        assertEquals("quantity 3 (was 2), region ch-geneva (was ch-zurich)",
                ChangeOrders.describe(item(3, " ch-geneva ", true), 2, "ch-zurich"));
    }

    @Test
    void theOrdersRefusalNamesTheAcceptancesFieldsAndKeepsEveryReason() {
        InvalidInput refused = new InvalidInput("The order was rejected.", List.of(
                new InvalidInput.Reason("items[0].relocationConsent", "Consent."),
                new InvalidInput.Reason("items[0].region", "Not offered there."),
                new InvalidInput.Reason("customerId", "Suspended.")));

        InvalidInput renamed = ChangeOrders.asFieldsOfTheAcceptance(refused);

        assertEquals(List.of("relocationConsent", "region", "customerId"), renamed.reasons().stream()
                .map(InvalidInput.Reason::field).toList());
        assertEquals("relocationConsent", renamed.field());
        assertEquals(List.of("Consent.", "Not offered there.", "Suspended."), renamed.reasons().stream()
                .map(InvalidInput.Reason::message).toList());
    }

    @Test
    void theIdempotencyKeyFitsAnOrdersKey() {
        assertTrue((ChangeOrders.KEY_PREFIX + "0123456789abcdef0123456789abcdef0123").length()
                <= org.cloudcare.order.entity.CustomerOrder.MAX_IDEMPOTENCY_KEY);
    }

    private static List<String> fields(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(InvalidInput.class, action).reasons().stream().map(InvalidInput.Reason::field).toList();
    }
}
