package org.cloudcare.customer.entity;

import static org.cloudcare.customer.entity.SubscriptionStatus.ACTIVE;
import static org.cloudcare.customer.entity.SubscriptionStatus.CREATED;
import static org.cloudcare.customer.entity.SubscriptionStatus.SUSPENDED;
import static org.cloudcare.customer.entity.SubscriptionStatus.TERMINATED;
import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.params.provider.MethodSource;

class SubscriptionTest {

    private static final Instant COMPLETED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant HANDED_OVER = COMPLETED.plus(Duration.ofHours(2));

    /** TMF637: created → active ↔ suspended → terminated; a created one can be terminated too. */
    private enum Move {
        ACTIVATE(ACTIVE, EnumSet.of(CREATED), s -> s.activate(HANDED_OVER)),
        SUSPEND(SUSPENDED, EnumSet.of(ACTIVE), s -> s.suspend("Unpaid invoice.")),
        RESUME(ACTIVE, EnumSet.of(SUSPENDED), Subscription::resume),
        TERMINATE(TERMINATED, EnumSet.of(CREATED, ACTIVE, SUSPENDED), s -> s.terminate("Deleted by order.", HANDED_OVER));

        final SubscriptionStatus to;
        final Set<SubscriptionStatus> from;
        final Consumer<Subscription> action;

        Move(SubscriptionStatus to, Set<SubscriptionStatus> from, Consumer<Subscription> action) {
            this.to = to;
            this.from = from;
            this.action = action;
        }
    }

    private static final Map<SubscriptionStatus, List<Move>> PATH = Map.of(
            CREATED, List.of(),
            ACTIVE, List.of(Move.ACTIVATE),
            SUSPENDED, List.of(Move.ACTIVATE, Move.SUSPEND),
            TERMINATED, List.of(Move.TERMINATE));

    private static Customer riverside() {
        return new Customer("riverside", "Riverside General Hospital", CustomerKind.HOSPITAL, "en",
                Clock.fixed(COMPLETED, ZoneOffset.UTC));
    }

    private static Subscription vm() {
        return Subscription.added(riverside(), "Virtual machine", "vm-standard", 2, "ch-zurich", null, "order-1",
                COMPLETED);
    }

    private static Subscription in(SubscriptionStatus status) {
        Subscription subscription = vm();
        PATH.get(status).forEach(move -> move.action.accept(subscription));
        assertEquals(status, subscription.getStatus());
        return subscription;
    }

    static Stream<Arguments> everyMoveFromEveryStatus() {
        List<Arguments> pairs = new ArrayList<>();
        for (SubscriptionStatus from : SubscriptionStatus.values()) {
            for (Move move : Move.values()) {
                pairs.add(Arguments.of(from, move));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyMoveFromEveryStatus")
    void aLegalMoveChangesTheStatusAndAnIllegalOneIsAConflictThatChangesNothing(SubscriptionStatus from, Move move) {
        Subscription subscription = in(from);

        if (move.from.contains(from)) {
            move.action.accept(subscription);
            assertEquals(move.to, subscription.getStatus());
        } else {
            assertConflict(() -> move.action.accept(subscription));
            assertEquals(from, subscription.getStatus());
        }
    }

    @Test
    void aCompletedAddCreatesASubscriptionOfTheCustomerWithWhatWasOrdered() {
        Customer customer = riverside();
        Subscription subscription = Subscription.added(customer, " Virtual machine ", "vm-standard", 2, "ch-zurich",
                null, "order-1", COMPLETED);

        assertEquals(CREATED, subscription.getStatus());
        assertEquals(customer.getId(), subscription.getCustomerId());
        assertEquals("riverside", subscription.getTenant());
        assertEquals("Virtual machine", subscription.getName());
        assertEquals("vm-standard", subscription.getProductOfferingId());
        assertEquals(2, subscription.getQuantity());
        assertEquals("ch-zurich", subscription.getRegion());
        assertNull(subscription.getAgreementId(), "no agreement until the agreement area makes one");
        assertEquals("order-1", subscription.getOrderId());
        assertEquals(OffsetDateTime.ofInstant(COMPLETED, ZoneOffset.UTC), subscription.getStartDate());
    }

    @Test
    void anAddWithoutQuantityRegionOrOfferingIsRefusedNamingTheField() {
        assertInvalid("quantity", () -> Subscription.added(riverside(), "VM", "vm", 0, "ch-zurich", null, null,
                COMPLETED));
        assertInvalid("region", () -> Subscription.added(riverside(), "VM", "vm", 1, " ", null, null, COMPLETED));
        assertInvalid("productOfferingId", () -> Subscription.added(riverside(), "VM", null, 1, "ch-zurich", null,
                null, COMPLETED));
    }

    @Test
    void activationStartsTheSubscriptionWhenTheServiceIsHandedOver() {
        Subscription subscription = vm();

        subscription.activate(HANDED_OVER);

        assertEquals(OffsetDateTime.ofInstant(HANDED_OVER, ZoneOffset.UTC), subscription.getStartDate());
    }

    @Test
    void suspensionKeepsItsReasonAndResumptionClearsIt() {
        Subscription subscription = in(ACTIVE);

        subscription.suspend("Unpaid invoice.");
        assertEquals("Unpaid invoice.", subscription.getStatusReason());
        subscription.resume();

        assertNull(subscription.getStatusReason());
    }

    @Test
    void aSuspensionNeedsAReason() {
        Subscription subscription = in(ACTIVE);

        assertInvalid("reason", () -> subscription.suspend(" "));
        assertEquals(ACTIVE, subscription.getStatus());
    }

    @Test
    void terminationRecordsWhen() {
        Subscription subscription = in(SUSPENDED);

        subscription.terminate("Deleted by order.", HANDED_OVER);

        assertEquals(OffsetDateTime.ofInstant(HANDED_OVER, ZoneOffset.UTC), subscription.getTerminationDate());
    }

    @Test
    void aModifyInTheSameRegionChangesTheQuantityAndIsNoRelocation() {
        Subscription subscription = in(ACTIVE);

        assertFalse(subscription.modify(5, "ch-zurich"));

        assertEquals(5, subscription.getQuantity());
        assertEquals("ch-zurich", subscription.getRegion());
    }

    @Test
    void aModifyToAnotherRegionIsARelocation() {
        Subscription subscription = in(SUSPENDED);

        assertTrue(subscription.modify(2, "ch-geneva"));

        assertEquals("ch-geneva", subscription.getRegion());
    }

    @Test
    void aTerminatedSubscriptionCannotBeModifiedOrGivenAnAgreement() {
        Subscription subscription = in(TERMINATED);

        assertConflict(() -> subscription.modify(3, "ch-zurich"));
        assertConflict(() -> subscription.deliverUnder("agreement-1"));
        assertEquals(2, subscription.getQuantity());
    }

    @Test
    void aRefusedModifyChangesNothing() {
        Subscription subscription = in(ACTIVE);

        assertInvalid("quantity", () -> subscription.modify(0, "ch-geneva"));
        assertInvalid("region", () -> subscription.modify(3, null));

        assertEquals(2, subscription.getQuantity());
        assertEquals("ch-zurich", subscription.getRegion());
    }

    @Test
    void theAgreementIsRecordedWhenTheAgreementAreaMakesOne() {
        Subscription subscription = in(ACTIVE);

        subscription.deliverUnder("agreement-1");

        assertEquals("agreement-1", subscription.getAgreementId());
    }
}
