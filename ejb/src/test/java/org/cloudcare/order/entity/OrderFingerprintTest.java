package org.cloudcare.order.entity;

import static org.cloudcare.order.entity.Orders.DUE;
import static org.cloudcare.order.entity.Orders.VM;
import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrderFingerprintTest {

    private static final List<OrderItemRequest> ORDER = List.of(OrderItemRequest.add(VM, 2, "ch-zurich"),
            OrderItemRequest.modify("sub-1", "postgres", 1, "ch-geneva"));

    private static String of(List<OrderItemRequest> items) {
        return OrderFingerprint.of(DUE, items);
    }

    @Test
    void theSameContentHasTheSameFingerprint() {
        assertEquals(of(ORDER), of(List.copyOf(ORDER)));
        assertEquals(64, of(ORDER).length(), "a SHA-256 in hex");
    }

    @Test
    void surroundingBlanksDoNotChangeTheFingerprintSinceTheOrderKeepsTextsTrimmed() {
        assertEquals(of(ORDER), of(List.of(OrderItemRequest.add(" vm-standard", 2, "ch-zurich "),
                OrderItemRequest.modify(" sub-1 ", "postgres", 1, "ch-geneva"))));
    }

    @Test
    void anyDifferenceInWhatIsAskedForChangesTheFingerprint() {
        List<List<OrderItemRequest>> others = List.of(
                List.of(OrderItemRequest.add(VM, 3, "ch-zurich"), ORDER.get(1)),
                List.of(OrderItemRequest.add(VM, 2, "ch-geneva"), ORDER.get(1)),
                List.of(OrderItemRequest.add("vm-large", 2, "ch-zurich"), ORDER.get(1)),
                List.of(OrderItemRequest.add(VM, 2, "ch-zurich").by(DUE), ORDER.get(1)),
                List.of(OrderItemRequest.add(VM, 2, "ch-zurich"), OrderItemRequest.modify("sub-2", "postgres", 1,
                        "ch-geneva")),
                List.of(OrderItemRequest.add(VM, 2, "ch-zurich"), OrderItemRequest.delete("sub-1", "postgres")),
                List.of(ORDER.get(1), ORDER.get(0)),
                List.of(ORDER.get(0)));

        for (List<OrderItemRequest> other : others) {
            assertNotEquals(of(ORDER), of(other), other.toString());
        }
        assertNotEquals(of(ORDER), OrderFingerprint.of(null, ORDER), "the requested completion date counts");
    }

    @Test
    void aValueCannotImitateTheSeparatorBetweenFields() {
        assertNotEquals(of(List.of(OrderItemRequest.add("a|1", 1, "b"))),
                of(List.of(OrderItemRequest.add("a", 1, "1|b"))));
    }

    @Test
    void aRetryWithTheSameContentIsTheSameOrder() {
        CustomerOrder order = Orders.place(ORDER);

        assertSame(order, order.retriedWith(of(ORDER)));
        assertEquals(of(ORDER), order.getFingerprint());
    }

    @Test
    void theSameKeyWithOtherContentIsAConflict() {
        CustomerOrder order = Orders.place(ORDER);

        assertConflict(() -> order.retriedWith(of(List.of(ORDER.get(0)))));
    }
}
