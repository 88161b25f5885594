package org.cloudcare.order.entity;

import static org.cloudcare.order.entity.CustomerOrderState.ACKNOWLEDGED;
import static org.cloudcare.order.entity.CustomerOrderState.ASSESSING_CANCELLATION;
import static org.cloudcare.order.entity.CustomerOrderState.CANCELLED;
import static org.cloudcare.order.entity.CustomerOrderState.COMPLETED;
import static org.cloudcare.order.entity.CustomerOrderState.FAILED;
import static org.cloudcare.order.entity.CustomerOrderState.HELD;
import static org.cloudcare.order.entity.CustomerOrderState.IN_PROGRESS;
import static org.cloudcare.order.entity.CustomerOrderState.PARTIAL;
import static org.cloudcare.order.entity.CustomerOrderState.PENDING;
import static org.cloudcare.order.entity.CustomerOrderState.PENDING_CANCELLATION;
import static org.cloudcare.order.entity.CustomerOrderState.REJECTED;
import static org.cloudcare.order.entity.Orders.BIANCA;
import static org.cloudcare.order.entity.Orders.LATER;
import static org.cloudcare.order.entity.Orders.PLACED;
import static org.cloudcare.order.entity.Orders.SELMA;
import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cloudcare.platform.outbox.DomainEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerOrderStateMachineTest {

    /** The TMF622 moves, written out here independently of the production table. */
    private static final Map<CustomerOrderState, Set<CustomerOrderState>> LEGAL = Map.of(
            ACKNOWLEDGED, EnumSet.of(IN_PROGRESS, ASSESSING_CANCELLATION),
            IN_PROGRESS, EnumSet.of(PENDING, HELD, COMPLETED, PARTIAL, FAILED, ASSESSING_CANCELLATION),
            PENDING, EnumSet.of(IN_PROGRESS, ASSESSING_CANCELLATION),
            HELD, EnumSet.of(IN_PROGRESS, ASSESSING_CANCELLATION),
            ASSESSING_CANCELLATION, EnumSet.of(PENDING_CANCELLATION),
            PENDING_CANCELLATION, EnumSet.of(CANCELLED));

    /** The method that asks for each target state. */
    private static final Map<CustomerOrderState, ThrowingConsumer<CustomerOrder>> MOVE_TO = Map.of(
            IN_PROGRESS, o -> o.proceed(SELMA, LATER),
            PENDING, o -> o.pend("Waiting for the customer's network details.", SELMA, LATER),
            HELD, o -> o.hold("Data centre maintenance.", SELMA, LATER),
            COMPLETED, o -> o.complete(SELMA, LATER),
            PARTIAL, o -> o.completePartially(SELMA, LATER),
            FAILED, o -> o.fail("No capacity in the region.", SELMA, LATER),
            ASSESSING_CANCELLATION, o -> o.requestCancellation("Budget cut.", BIANCA, LATER),
            PENDING_CANCELLATION, o -> o.acceptCancellation(SELMA, LATER),
            CANCELLED, o -> o.cancel(SELMA, LATER));

    /** How to bring a new order into each state a stored order can have, by legal moves. */
    static CustomerOrder orderIn(CustomerOrderState state) throws Throwable {
        CustomerOrder order = Orders.vmOrder();
        List<CustomerOrderState> path = switch (state) {
            case ACKNOWLEDGED -> List.of();
            case IN_PROGRESS, PENDING, HELD, COMPLETED, PARTIAL, FAILED -> state == IN_PROGRESS
                    ? List.of(IN_PROGRESS) : List.of(IN_PROGRESS, state);
            case ASSESSING_CANCELLATION -> List.of(ASSESSING_CANCELLATION);
            case PENDING_CANCELLATION -> List.of(ASSESSING_CANCELLATION, PENDING_CANCELLATION);
            case CANCELLED -> List.of(ASSESSING_CANCELLATION, PENDING_CANCELLATION, CANCELLED);
            case REJECTED -> throw new IllegalArgumentException("a rejected order is refused, never stored");
        };
        for (CustomerOrderState step : path) {
            MOVE_TO.get(step).accept(order);
        }
        assertEquals(state, order.getState());
        return order;
    }

    static Stream<Arguments> everyPairOfStates() {
        List<Arguments> pairs = new ArrayList<>();
        for (CustomerOrderState from : CustomerOrderState.values()) {
            if (from == REJECTED) {
                continue;
            }
            for (CustomerOrderState to : MOVE_TO.keySet()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void aLegalMoveChangesTheStateAndAppendsHistoryAndAnIllegalOneIsAConflictThatChangesNothing(
            CustomerOrderState from, CustomerOrderState to) throws Throwable {
        CustomerOrder order = orderIn(from);
        int historyBefore = order.getHistory().size();
        order.takeEvents();

        if (LEGAL.getOrDefault(from, Set.of()).contains(to)) {
            MOVE_TO.get(to).accept(order);

            assertEquals(to, order.getState());
            assertEquals(historyBefore + 1, order.getHistory().size());
            OrderStateChange change = order.getHistory().get(historyBefore);
            assertEquals(from, change.getFrom());
            assertEquals(to, change.getTo());
            assertEquals(OffsetDateTime.ofInstant(LATER, ZoneOffset.UTC), change.getChangedAt());
            List<DomainEvent> events = order.takeEvents().stream()
                    .filter(e -> e instanceof CustomerOrderStateChanged).toList();
            assertEquals(List.of(CustomerOrderStateChanged.of(order, change)), events);
        } else {
            assertConflict(() -> MOVE_TO.get(to).accept(order));

            assertEquals(from, order.getState());
            assertEquals(historyBefore, order.getHistory().size());
            assertTrue(order.takeEvents().isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(CustomerOrderState.class)
    void theStatesOwnTableOfMovesIsTheTmf622One(CustomerOrderState state) {
        assertEquals(LEGAL.getOrDefault(state, Set.of()), state.successors());
        assertEquals(state.successors().isEmpty(), state.isFinal());
    }

    @ParameterizedTest
    @EnumSource(names = {"ACKNOWLEDGED", "IN_PROGRESS", "PENDING", "HELD"})
    void aDeniedCancellationReturnsToTheStateBeforeTheRequestWithTheReason(CustomerOrderState before)
            throws Throwable {
        CustomerOrder order = orderIn(before);
        order.requestCancellation("Budget cut.", BIANCA, LATER);
        assertEquals(before, order.getStateBeforeCancellation());

        order.denyCancellation("The servers are already provisioned.", SELMA, LATER);

        assertEquals(before, order.getState());
        assertNull(order.getStateBeforeCancellation());
        assertEquals("The servers are already provisioned.", order.getCancellationDenialReason());
        OrderStateChange last = order.getHistory().get(order.getHistory().size() - 1);
        assertEquals(ASSESSING_CANCELLATION, last.getFrom());
        assertEquals(before, last.getTo());
        assertEquals(SELMA, last.getActor());
        assertEquals("The servers are already provisioned.", last.getReason());
    }

    @Test
    void aPendingCancellationWithNothingLeftToCancelIsDeniedBackToTheStateBeforeTheRequest() {
        CustomerOrder order = Orders.decomposedVmOrder();
        order.proceed(SELMA, LATER);
        order.requestCancellation("Budget cut.", BIANCA, LATER);
        order.acceptCancellation(SELMA, LATER);
        order.getProductOrders().get(0).start(LATER);
        order.getProductOrders().get(0).complete(LATER);
        assertConflict(() -> order.cancel(SELMA, LATER));

        order.denyCancellation("Everything was delivered before the cancellation.", SELMA, LATER);

        assertEquals(IN_PROGRESS, order.getState());
        assertTrue(order.followProductOrders(SELMA, LATER));
        assertEquals(COMPLETED, order.getState());
    }

    @ParameterizedTest
    @EnumSource(value = CustomerOrderState.class, names = {"ASSESSING_CANCELLATION", "PENDING_CANCELLATION",
            "REJECTED"}, mode = EnumSource.Mode.EXCLUDE)
    void aCancellationCanBeDeniedOnlyWhileItIsAssessedOrPending(CustomerOrderState state) throws Throwable {
        CustomerOrder order = orderIn(state);
        int history = order.getHistory().size();

        assertConflict(() -> order.denyCancellation("Too late.", SELMA, LATER));

        assertEquals(state, order.getState());
        assertEquals(history, order.getHistory().size());
    }

    @Test
    void aPlacedOrderIsAcknowledgedWithAFirstHistoryLineWithoutFromState() {
        CustomerOrder order = Orders.vmOrder();

        assertEquals(ACKNOWLEDGED, order.getState());
        OrderStateChange first = order.getHistory().get(0);
        assertNull(first.getFrom());
        assertEquals(ACKNOWLEDGED, first.getTo());
        assertEquals(BIANCA, first.getActor());
        assertEquals(1, first.getSequence());
        assertEquals(order.getTenant(), first.getTenant());
        assertEquals(OffsetDateTime.ofInstant(PLACED, ZoneOffset.UTC), order.getPlacedAt());
        assertEquals("riverside", order.getTenant());
        assertFalse(order.isInJeopardy());
    }

    @Test
    void theHistoryKeepsEveryMoveInOrderWithWhoWhenAndWhy() {
        CustomerOrder order = Orders.vmOrder();
        order.proceed(SELMA, LATER);
        order.hold("Data centre maintenance.", SELMA, LATER.plusSeconds(60));
        order.proceed(SELMA, LATER.plusSeconds(120));

        List<OrderStateChange> history = order.getHistory();
        assertEquals(List.of(ACKNOWLEDGED, IN_PROGRESS, HELD, IN_PROGRESS),
                history.stream().map(OrderStateChange::getTo).toList());
        assertEquals(List.of(1, 2, 3, 4), history.stream().map(OrderStateChange::getSequence).toList());
        assertEquals("Data centre maintenance.", history.get(2).getReason());
        assertEquals(OffsetDateTime.ofInstant(LATER.plusSeconds(60), ZoneOffset.UTC), history.get(2).getChangedAt());
    }

    @Test
    void aFinalStateRecordsWhenTheOrderClosed() throws Throwable {
        CustomerOrder order = orderIn(IN_PROGRESS);
        assertNull(order.getClosedAt());

        order.complete(SELMA, LATER);

        assertEquals(OffsetDateTime.ofInstant(LATER, ZoneOffset.UTC), order.getClosedAt());
    }

    @Test
    void movesThatNeedAReasonRefuseABlankOneNamingTheFieldAndChangeNothing() throws Throwable {
        CustomerOrder order = orderIn(IN_PROGRESS);

        assertInvalid("reason", () -> order.pend(" ", SELMA, LATER));
        assertInvalid("reason", () -> order.hold(null, SELMA, LATER));
        assertInvalid("reason", () -> order.fail("", SELMA, LATER));
        assertInvalid("reason", () -> order.requestCancellation(null, BIANCA, LATER));
        assertEquals(IN_PROGRESS, order.getState());
        assertEquals(2, order.getHistory().size());

        order.requestCancellation("Budget cut.", BIANCA, LATER);
        assertInvalid("reason", () -> order.denyCancellation(" ", SELMA, LATER));
        assertEquals(ASSESSING_CANCELLATION, order.getState());
    }

    @Test
    void aMoveWithoutActorIsRefused() {
        assertInvalid("actor", () -> Orders.vmOrder().proceed(null, LATER));
    }

    @Test
    void aCancellationRequestKeepsItsReasonForTheCancellation() throws Throwable {
        CustomerOrder order = orderIn(PENDING);

        order.requestCancellation("Budget cut.", BIANCA, LATER);
        order.acceptCancellation(SELMA, LATER);
        order.cancel(SELMA, LATER);

        assertEquals(CANCELLED, order.getState());
        assertEquals("Budget cut.", order.getCancellationReason());
        assertEquals("Budget cut.", order.getHistory().get(order.getHistory().size() - 1).getReason());
    }
}
