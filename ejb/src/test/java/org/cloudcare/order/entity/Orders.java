package org.cloudcare.order.entity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerKind;

/** Orders, customers and moments the order tests share. */
final class Orders {

    static final Instant PLACED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant LATER = PLACED.plus(Duration.ofHours(1));
    static final Instant DUE = PLACED.plus(Duration.ofDays(14));
    static final String BIANCA = "bianca";
    static final String SELMA = "selma";

    static final String VM = "vm-standard";
    static final String EHR_BUNDLE = "ehr-bundle";
    static final List<String> EHR_COMPONENTS = List.of("ehr-records", "ehr-backup", "ehr-archive");
    /** The catalogue's answer: the health records bundle has three components, everything else none. */
    static final OfferingComponents CATALOGUE = offering -> Map.of(EHR_BUNDLE, EHR_COMPONENTS)
            .getOrDefault(offering, List.of());

    private Orders() {
    }

    static Customer riverside() {
        return new Customer("riverside", "Riverside General Hospital", CustomerKind.HOSPITAL, "en",
                Clock.fixed(PLACED, ZoneOffset.UTC));
    }

    static CustomerOrder place(List<OrderItemRequest> items) {
        return place(DUE, items);
    }

    static CustomerOrder place(Instant due, List<OrderItemRequest> items) {
        return CustomerOrder.place(riverside(), "key-1", due, items, OrderValidation.of(due, items, PLACED), BIANCA,
                PLACED);
    }

    /** An acknowledged order for one virtual machine. */
    static CustomerOrder vmOrder() {
        return place(List.of(OrderItemRequest.add(VM, 2, "ch-zurich")));
    }

    /** An acknowledged order for one virtual machine, decomposed into its one product order. */
    static CustomerOrder decomposedVmOrder() {
        CustomerOrder order = vmOrder();
        order.decompose(CATALOGUE, PLACED);
        return order;
    }

    /** An acknowledged order for a virtual machine and the health records bundle: four product orders. */
    static CustomerOrder decomposedBundleOrder() {
        CustomerOrder order = place(List.of(OrderItemRequest.add(VM, 1, "ch-zurich"),
                OrderItemRequest.add(EHR_BUNDLE, 1, "ch-geneva")));
        order.decompose(CATALOGUE, PLACED);
        return order;
    }
}
