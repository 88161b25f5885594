package org.cloudcare.order.entity;

import static org.cloudcare.order.entity.Orders.LATER;
import static org.cloudcare.order.entity.ProductOrderState.ACKNOWLEDGED;
import static org.cloudcare.order.entity.ProductOrderState.CANCELLED;
import static org.cloudcare.order.entity.ProductOrderState.COMPLETED;
import static org.cloudcare.order.entity.ProductOrderState.FAILED;
import static org.cloudcare.order.entity.ProductOrderState.HELD;
import static org.cloudcare.order.entity.ProductOrderState.IN_PROGRESS;
import static org.cloudcare.order.entity.ProductOrderState.PENDING;
import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProductOrderStateMachineTest {

    /** Each move of a product order, the state it leads to and the states it is legal from (TMF622 item states). */
    enum Move {
        START(IN_PROGRESS, EnumSet.of(ACKNOWLEDGED), p -> p.start(LATER)),
        RESUME(IN_PROGRESS, EnumSet.of(PENDING, HELD), p -> p.resume(LATER)),
        PEND(PENDING, EnumSet.of(IN_PROGRESS), p -> p.pend("Waiting for the customer's VPN details.", LATER)),
        HOLD(HELD, EnumSet.of(IN_PROGRESS), p -> p.hold("Storage cluster maintenance.", LATER)),
        COMPLETE(COMPLETED, EnumSet.of(IN_PROGRESS), p -> p.complete(LATER)),
        FAIL(FAILED, EnumSet.of(IN_PROGRESS), p -> p.fail("No capacity in the region.", LATER)),
        CANCEL(CANCELLED, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, PENDING, HELD), p -> p.cancel("Budget cut.", LATER));

        final ProductOrderState to;
        final Set<ProductOrderState> from;
        final Consumer<ProductOrder> action;

        Move(ProductOrderState to, Set<ProductOrderState> from, Consumer<ProductOrder> action) {
            this.to = to;
            this.from = from;
            this.action = action;
        }
    }

    private static final Map<ProductOrderState, List<Move>> PATH = Map.of(
            ACKNOWLEDGED, List.of(),
            IN_PROGRESS, List.of(Move.START),
            PENDING, List.of(Move.START, Move.PEND),
            HELD, List.of(Move.START, Move.HOLD),
            COMPLETED, List.of(Move.START, Move.COMPLETE),
            FAILED, List.of(Move.START, Move.FAIL),
            CANCELLED, List.of(Move.CANCEL));

    static ProductOrder productOrderIn(ProductOrderState state) {
        ProductOrder productOrder = Orders.decomposedVmOrder().getProductOrders().get(0);
        PATH.get(state).forEach(move -> move.action.accept(productOrder));
        assertEquals(state, productOrder.getState());
        return productOrder;
    }

    static Stream<Arguments> everyMoveFromEveryState() {
        List<Arguments> pairs = new ArrayList<>();
        for (ProductOrderState from : ProductOrderState.values()) {
            for (Move move : Move.values()) {
                pairs.add(Arguments.of(from, move));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyMoveFromEveryState")
    void aLegalMoveChangesTheStateAndRecordsAnEventAndAnIllegalOneIsAConflictThatChangesNothing(
            ProductOrderState from, Move move) {
        ProductOrder productOrder = productOrderIn(from);
        productOrder.takeEvents();
        int milestones = productOrder.getMilestones().size();

        if (move.from.contains(from)) {
            move.action.accept(productOrder);

            assertEquals(move.to, productOrder.getState());
            List<ProductOrderStateChanged> events = productOrder.takeEvents();
            assertEquals(1, events.size());
            assertEquals(from, events.get(0).from());
            assertEquals(move.to, events.get(0).to());
            assertEquals(productOrder.getId(), events.get(0).aggregateId());
        } else {
            assertConflict(() -> move.action.accept(productOrder));

            assertEquals(from, productOrder.getState());
            assertEquals(milestones, productOrder.getMilestones().size());
            assertTrue(productOrder.takeEvents().isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(ProductOrderState.class)
    void theStatesOwnTableOfMovesAgreesWithTheMoves(ProductOrderState state) {
        Set<ProductOrderState> expected = EnumSet.noneOf(ProductOrderState.class);
        for (Move move : Move.values()) {
            if (move.from.contains(state)) {
                expected.add(move.to);
            }
        }
        assertEquals(expected, state.successors());
        assertEquals(expected.isEmpty(), state.isFinal());
    }

    @Test
    void aNewProductOrderIsAcknowledgedWithTheAcceptedMilestoneAndACreationEvent() {
        ProductOrder productOrder = Orders.decomposedVmOrder().getProductOrders().get(0);

        assertEquals(ACKNOWLEDGED, productOrder.getState());
        assertEquals(List.of(Milestone.ACCEPTED), names(productOrder));
        List<ProductOrderStateChanged> events = productOrder.takeEvents();
        assertEquals(1, events.size());
        assertNull(events.get(0).from());
        assertEquals(ACKNOWLEDGED, events.get(0).to());
        assertEquals("riverside", events.get(0).tenant());
    }

    @Test
    void aDeliveredProductOrderHasTheMilestonesAcceptedProvisioningStartedAndCompletedWithTheirTimes() {
        ProductOrder productOrder = Orders.decomposedVmOrder().getProductOrders().get(0);

        productOrder.start(LATER);
        productOrder.reachMilestone("virtual machine provisioned", LATER.plusSeconds(30));
        productOrder.complete(LATER.plusSeconds(60));

        assertEquals(List.of(Milestone.ACCEPTED, Milestone.PROVISIONING_STARTED, "virtual machine provisioned",
                Milestone.COMPLETED), names(productOrder));
        assertEquals(OffsetDateTime.ofInstant(LATER.plusSeconds(60), ZoneOffset.UTC),
                productOrder.getMilestones().get(3).getReachedAt());
    }

    @Test
    void aFailedProductOrderKeepsTheReasonAndAFailedMilestone() {
        ProductOrder productOrder = productOrderIn(IN_PROGRESS);

        productOrder.fail("No capacity in the region.", LATER);

        assertEquals("No capacity in the region.", productOrder.getStateReason());
        assertEquals(Milestone.FAILED, names(productOrder).get(names(productOrder).size() - 1));
    }

    @Test
    void failingPendingAndHoldingNeedAReason() {
        ProductOrder productOrder = productOrderIn(IN_PROGRESS);

        assertInvalid("reason", () -> productOrder.fail(" ", LATER));
        assertInvalid("reason", () -> productOrder.pend(null, LATER));
        assertInvalid("reason", () -> productOrder.hold("", LATER));

        assertEquals(IN_PROGRESS, productOrder.getState());
    }

    @Test
    void resumingClearsTheReasonOfPendingOrHeld() {
        ProductOrder productOrder = productOrderIn(HELD);
        assertEquals("Storage cluster maintenance.", productOrder.getStateReason());

        productOrder.resume(LATER);

        assertNull(productOrder.getStateReason());
    }

    @ParameterizedTest
    @EnumSource(names = {"COMPLETED", "FAILED", "CANCELLED"})
    void aFinishedProductOrderReachesNoMoreMilestonesAndExpectsNothing(ProductOrderState finished) {
        ProductOrder productOrder = productOrderIn(finished);

        assertConflict(() -> productOrder.reachMilestone("late step", LATER));
        assertConflict(() -> productOrder.expectCompletionBy(Orders.DUE, LATER));
    }

    @Test
    void aMilestoneNeedsAName() {
        assertInvalid("milestone", () -> productOrderIn(IN_PROGRESS).reachMilestone(" ", LATER));
    }

    private static List<String> names(ProductOrder productOrder) {
        return productOrder.getMilestones().stream().map(Milestone::getName).toList();
    }
}
