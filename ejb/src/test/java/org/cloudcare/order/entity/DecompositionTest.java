package org.cloudcare.order.entity;

import static org.cloudcare.order.entity.Orders.CATALOGUE;
import static org.cloudcare.order.entity.Orders.DUE;
import static org.cloudcare.order.entity.Orders.EHR_BUNDLE;
import static org.cloudcare.order.entity.Orders.EHR_COMPONENTS;
import static org.cloudcare.order.entity.Orders.LATER;
import static org.cloudcare.order.entity.Orders.PLACED;
import static org.cloudcare.order.entity.Orders.SELMA;
import static org.cloudcare.order.entity.Orders.VM;
import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class DecompositionTest {

    @Test
    void aPlainItemBecomesOneProductOrderWithWhatTheItemAsked() {
        CustomerOrder order = Orders.vmOrder();

        List<ProductOrder> created = order.decompose(CATALOGUE, LATER);

        assertEquals(1, created.size());
        ProductOrder productOrder = created.get(0);
        OrderItem item = order.getItems().get(0);
        assertEquals(order.getProductOrders(), created);
        assertEquals(VM, productOrder.getProductOfferingId());
        assertNull(productOrder.getBundleOfferingId());
        assertEquals(OrderItemAction.ADD, productOrder.getAction());
        assertEquals(2, productOrder.getQuantity());
        assertEquals("ch-zurich", productOrder.getRegionCode());
        assertNull(productOrder.getSubscriptionId());
        assertEquals(item.getId(), productOrder.getItemId());
        assertEquals(0, productOrder.getItemPosition());
        assertEquals(order.getId(), productOrder.getOrderId());
        assertEquals("riverside", productOrder.getTenant());
        assertEquals(OffsetDateTime.ofInstant(DUE, ZoneOffset.UTC), productOrder.getRequestedCompletionDate(),
                "an item without its own date is due when the order is");
        assertEquals(ProductOrderState.ACKNOWLEDGED, productOrder.getState());
        assertEquals(OffsetDateTime.ofInstant(LATER, ZoneOffset.UTC), productOrder.getCreatedAt());
    }

    @Test
    void aBundleItemBecomesOneProductOrderPerComponentNamingTheBundle() {
        CustomerOrder order = Orders.place(List.of(OrderItemRequest.add(EHR_BUNDLE, 3, "ch-geneva")));

        List<ProductOrder> created = order.decompose(CATALOGUE, LATER);

        assertEquals(EHR_COMPONENTS, created.stream().map(ProductOrder::getProductOfferingId).toList());
        for (ProductOrder component : created) {
            assertEquals(EHR_BUNDLE, component.getBundleOfferingId());
            assertEquals(3, component.getQuantity());
            assertEquals("ch-geneva", component.getRegionCode());
            assertEquals(order.getItems().get(0).getId(), component.getItemId());
        }
    }

    @Test
    void anOrderOfAPlainAndABundleItemHasAProductOrderForTheOneAndForEachComponentOfTheOther() {
        CustomerOrder order = Orders.decomposedBundleOrder();

        assertEquals(List.of(VM, "ehr-records", "ehr-backup", "ehr-archive"),
                order.getProductOrders().stream().map(ProductOrder::getProductOfferingId).toList());
        assertEquals(List.of(0, 1, 1, 1), order.getProductOrders().stream().map(ProductOrder::getItemPosition).toList());
        assertEquals(List.of(0, 1, 2, 3), order.getProductOrders().stream().map(ProductOrder::getPosition).toList(),
                "kept in this order: a bundle's components in the catalogue's order, not by name");
    }

    @Test
    void aModifyItemActsOnItsSubscriptionWithTheNewQuantityAndRegion() {
        CustomerOrder order = Orders.place(List.of(OrderItemRequest.modify("sub-1", VM, 4, "ch-geneva")));

        ProductOrder productOrder = order.decompose(CATALOGUE, LATER).get(0);

        assertEquals(OrderItemAction.MODIFY, productOrder.getAction());
        assertEquals("sub-1", productOrder.getSubscriptionId());
        assertEquals(4, productOrder.getQuantity());
        assertEquals("ch-geneva", productOrder.getRegionCode());
    }

    @Test
    void aDeleteItemActsOnItsSubscriptionWithoutQuantityOrRegion() {
        CustomerOrder order = Orders.place(List.of(OrderItemRequest.delete("sub-1", VM)));

        ProductOrder productOrder = order.decompose(CATALOGUE, LATER).get(0);

        assertEquals(OrderItemAction.DELETE, productOrder.getAction());
        assertEquals("sub-1", productOrder.getSubscriptionId());
        assertNull(productOrder.getQuantity());
        assertNull(productOrder.getRegionCode());
    }

    @Test
    void aModifyOrDeleteOfABundleActsOnTheBundlesSubscriptionThroughEachComponent() {
        CustomerOrder order = Orders.place(List.of(OrderItemRequest.modify("sub-ehr", EHR_BUNDLE, 2, "ch-zurich"),
                OrderItemRequest.delete("sub-ehr-2", EHR_BUNDLE)));

        List<ProductOrder> created = order.decompose(CATALOGUE, LATER);

        assertEquals(6, created.size());
        assertTrue(created.subList(0, 3).stream().allMatch(p -> p.getAction() == OrderItemAction.MODIFY
                && p.getSubscriptionId().equals("sub-ehr") && EHR_BUNDLE.equals(p.getBundleOfferingId())));
        assertTrue(created.subList(3, 6).stream().allMatch(p -> p.getAction() == OrderItemAction.DELETE
                && p.getSubscriptionId().equals("sub-ehr-2")));
    }

    @Test
    void anItemsOwnRequestedDateIsWhenItsProductOrdersAreDue() {
        Instant itemDue = PLACED.plus(Duration.ofDays(3));
        CustomerOrder order = Orders.place(List.of(OrderItemRequest.add(VM, 1, "ch-zurich").by(itemDue)));

        ProductOrder productOrder = order.decompose(CATALOGUE, LATER).get(0);

        assertEquals(OffsetDateTime.ofInstant(itemDue, ZoneOffset.UTC), productOrder.getRequestedCompletionDate());
    }

    @Test
    void aProductOrderOfAnOrderWithoutAnyDateIsNotDue() {
        CustomerOrder order = Orders.place(null, List.of(OrderItemRequest.add(VM, 1, "ch-zurich")));

        assertNull(order.decompose(CATALOGUE, LATER).get(0).getRequestedCompletionDate());
    }

    @Test
    void aCatalogueThatAnswersNullMeansNoBundle() {
        CustomerOrder order = Orders.vmOrder();

        assertEquals(1, order.decompose(offering -> null, LATER).size());
    }

    @Test
    void anOrderIsDecomposedOnlyOnce() {
        CustomerOrder order = Orders.decomposedVmOrder();

        assertConflict(() -> order.decompose(CATALOGUE, LATER));
        assertEquals(1, order.getProductOrders().size());
    }

    @Test
    void anOrderIsDecomposedOnlyWhileAcknowledged() {
        CustomerOrder order = Orders.vmOrder();
        order.proceed(SELMA, LATER);

        assertConflict(() -> order.decompose(CATALOGUE, LATER));
        assertTrue(order.getProductOrders().isEmpty());
    }

    @Test
    void decompositionRecordsACreationEventPerProductOrder() {
        CustomerOrder order = Orders.decomposedBundleOrder();

        List<ProductOrderStateChanged> created = order.takeEvents().stream()
                .filter(ProductOrderStateChanged.class::isInstance).map(ProductOrderStateChanged.class::cast).toList();

        assertEquals(order.getProductOrders().stream().map(ProductOrder::getId).toList(),
                created.stream().map(ProductOrderStateChanged::productOrderId).toList());
    }

    @Test
    void anItemIsCompletedForPublicationWhenEveryOneOfItsProductOrdersCompleted() {
        CustomerOrder order = Orders.decomposedBundleOrder();
        order.getProductOrders().forEach(p -> p.start(LATER));
        order.getProductOrders().get(0).complete(LATER);
        order.getProductOrders().get(1).complete(LATER);
        order.getProductOrders().get(2).complete(LATER);

        assertEquals(List.of(order.getItems().get(0)), order.completedItems(), "one bundle component is still open");

        order.getProductOrders().get(3).complete(LATER);
        assertEquals(order.getItems(), order.completedItems());
    }
}
