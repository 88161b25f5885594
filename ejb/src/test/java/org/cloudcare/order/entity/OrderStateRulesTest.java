package org.cloudcare.order.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OrderStateRulesTest {

    private static final Set<ProductOrderState> FINISHED = EnumSet.of(ProductOrderState.COMPLETED,
            ProductOrderState.FAILED, ProductOrderState.CANCELLED);

    @Test
    void anOrderWithoutProductOrdersIsAcknowledged() {
        assertEquals(CustomerOrderState.ACKNOWLEDGED, OrderStateRules.derive(List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            COMPLETED                            | COMPLETED
            COMPLETED COMPLETED COMPLETED        | COMPLETED
            FAILED                               | FAILED
            FAILED FAILED                        | FAILED
            COMPLETED FAILED                     | PARTIAL
            COMPLETED COMPLETED FAILED           | PARTIAL
            CANCELLED                            | CANCELLED
            CANCELLED CANCELLED                  | CANCELLED
            COMPLETED CANCELLED                  | PARTIAL
            FAILED CANCELLED                     | FAILED
            COMPLETED FAILED CANCELLED           | PARTIAL
            ACKNOWLEDGED                         | ACKNOWLEDGED
            ACKNOWLEDGED ACKNOWLEDGED            | ACKNOWLEDGED
            IN_PROGRESS                          | IN_PROGRESS
            IN_PROGRESS ACKNOWLEDGED             | IN_PROGRESS
            IN_PROGRESS COMPLETED                | IN_PROGRESS
            IN_PROGRESS HELD PENDING             | IN_PROGRESS
            COMPLETED ACKNOWLEDGED               | IN_PROGRESS
            FAILED ACKNOWLEDGED                  | IN_PROGRESS
            CANCELLED ACKNOWLEDGED               | IN_PROGRESS
            HELD                                 | HELD
            HELD COMPLETED                       | HELD
            HELD PENDING ACKNOWLEDGED            | HELD
            PENDING                              | PENDING
            PENDING COMPLETED FAILED             | PENDING
            PENDING ACKNOWLEDGED                 | PENDING
            """)
    void theOrderStateFollowsFromItsProductOrders(String productOrders, CustomerOrderState expected) {
        List<ProductOrderState> states = Arrays.stream(productOrders.trim().split("\\s+"))
                .map(ProductOrderState::valueOf).toList();

        assertEquals(expected, OrderStateRules.derive(states));
    }

    /** Every non-empty set of product order states, each as a list, with every state once. */
    static Stream<Arguments> everyCombinationOfStates() {
        ProductOrderState[] all = ProductOrderState.values();
        List<Arguments> combinations = new ArrayList<>();
        for (int mask = 1; mask < 1 << all.length; mask++) {
            List<ProductOrderState> states = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    states.add(all[i]);
                }
            }
            combinations.add(Arguments.of(states));
        }
        return combinations.stream();
    }

    @ParameterizedTest
    @MethodSource("everyCombinationOfStates")
    void theRulesDependOnlyOnWhichStatesOccurNotOnHowOftenOrInWhichOrder(List<ProductOrderState> states) {
        List<ProductOrderState> repeatedAndReversed = new ArrayList<>(states);
        repeatedAndReversed.addAll(states);
        repeatedAndReversed.add(states.get(0));
        Collections.reverse(repeatedAndReversed);

        assertEquals(OrderStateRules.derive(states), OrderStateRules.derive(repeatedAndReversed));
    }

    @ParameterizedTest
    @MethodSource("everyCombinationOfStates")
    void theOrderIsFinishedExactlyWhenEveryProductOrderIsAndThenItsOutcomeFollowsTheWrittenRules(
            List<ProductOrderState> states) {
        CustomerOrderState derived = OrderStateRules.derive(states);
        Set<ProductOrderState> present = EnumSet.copyOf(states);

        if (FINISHED.containsAll(present)) {
            CustomerOrderState expected;
            if (present.equals(EnumSet.of(ProductOrderState.CANCELLED))) {
                expected = CustomerOrderState.CANCELLED;
            } else if (present.equals(EnumSet.of(ProductOrderState.COMPLETED))) {
                expected = CustomerOrderState.COMPLETED;
            } else if (!present.contains(ProductOrderState.COMPLETED)) {
                expected = CustomerOrderState.FAILED;
            } else {
                expected = CustomerOrderState.PARTIAL;
            }
            assertEquals(expected, derived);
        } else {
            CustomerOrderState expected;
            if (present.contains(ProductOrderState.IN_PROGRESS)) {
                expected = CustomerOrderState.IN_PROGRESS;
            } else if (present.contains(ProductOrderState.HELD)) {
                expected = CustomerOrderState.HELD;
            } else if (present.contains(ProductOrderState.PENDING)) {
                expected = CustomerOrderState.PENDING;
            } else if (present.size() > 1) {
                expected = CustomerOrderState.IN_PROGRESS;
            } else {
                expected = CustomerOrderState.ACKNOWLEDGED;
            }
            assertEquals(expected, derived);
        }
    }
}
