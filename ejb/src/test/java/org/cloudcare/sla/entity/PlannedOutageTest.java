package org.cloudcare.sla.entity;

import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cloudcare.platform.error.InvalidInput;
import org.cloudcare.problem.entity.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scheduling and cancelling planned outages, and the notice rule that excuses them from availability. */
class PlannedOutageTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant START = Instant.parse("2026-11-10T22:00:00Z");

    private static PlannedOutage scheduled() {
        return PlannedOutage.schedule(Set.of("offering-1"), Set.of(), START, START.plusSeconds(7_200),
                "Database upgrade", "otto", NOW);
    }

    @Test
    void aScheduledOutageIsAnnouncedNow() {
        PlannedOutage outage = scheduled();

        assertEquals(PlannedOutageStatus.SCHEDULED, outage.getStatus());
        assertEquals(NOW, outage.getAnnouncedAt().toInstant());
        assertEquals("otto", outage.getScheduledBy());
        assertEquals(Set.of("offering-1"), outage.getProductOfferingIds());
    }

    @ParameterizedTest
    @CsvSource({"168, 167, false", "168, 168, true", "168, 169, true", "0, 0, true", "24, 23, false",
            "24, 25, true"})
    void anOutageIsExcusedWhenAnnouncedAtLeastTheNoticeBeforeItBegins(int noticeHours, int announcedHoursBefore,
            boolean excused) {
        Instant announced = START.minus(Duration.ofHours(announcedHoursBefore));
        PlannedWindow window = new PlannedWindow(new Interval(START, START.plusSeconds(3_600)), announced, false);

        assertEquals(excused, window.isExcusedWith(noticeHours));
    }

    @Test
    void oneSecondLateIsLate() {
        Instant announced = START.minus(Duration.ofHours(168)).plusSeconds(1);

        assertFalse(new PlannedWindow(new Interval(START, START.plusSeconds(60)), announced, false)
                .isExcusedWith(168));
    }

    @Test
    void anUnannouncedOrCancelledOutageIsNeverExcused() {
        Interval window = new Interval(START, START.plusSeconds(3_600));

        assertFalse(new PlannedWindow(window, null, false).isExcusedWith(0));
        assertFalse(new PlannedWindow(window, NOW, true).isExcusedWith(0));
        assertTrue(new PlannedWindow(window, NOW, false).isExcusedWith(0));
    }

    @Test
    void anOutageAnnouncedOnlyAfterItBeganIsNotExcusedEvenWithoutNotice() {
        assertFalse(new PlannedWindow(new Interval(START, START.plusSeconds(60)), START.plusSeconds(1), false)
                .isExcusedWith(0));
    }

    private static List<String> refusedFields(Executable action) {
        try {
            action.execute();
        } catch (InvalidInput refused) {
            return refused.reasons().stream().map(InvalidInput.Reason::field).toList();
        } catch (Throwable other) {
            throw new AssertionError("refused otherwise", other);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aWindowInThePastIsRefusedNamingItsStart() {
        assertEquals(List.of("windowStart"), refusedFields(() -> PlannedOutage.schedule(Set.of("o"), Set.of(),
                NOW.minusSeconds(1), NOW.plusSeconds(60), "x", "otto", NOW)));
    }

    @Test
    void aWindowEndingAtOrBeforeItsStartIsRefusedNamingItsEnd() {
        assertEquals(List.of("windowEnd"), refusedFields(() -> PlannedOutage.schedule(Set.of("o"), Set.of(), START,
                START, "x", "otto", NOW)));
        assertEquals(List.of("windowEnd"), refusedFields(() -> PlannedOutage.schedule(Set.of("o"), Set.of(), START,
                START.minusSeconds(1), "x", "otto", NOW)));
        assertEquals(List.of("windowEnd"), refusedFields(() -> PlannedOutage.schedule(Set.of("o"), Set.of(), START,
                START.plus(Duration.ofDays(32)), "x", "otto", NOW)));
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        assertEquals(List.of("subscriptionIds", "windowStart", "windowEnd", "description"),
                refusedFields(() -> PlannedOutage.schedule(Set.of(), null, null, null, " ", "otto", NOW)));
    }

    @Test
    void aScheduledOutageIsCancelledOnceWithItsReason() {
        PlannedOutage outage = scheduled();

        outage.cancel("Vendor postponed the patch", "otto", NOW.plusSeconds(60));

        assertEquals(PlannedOutageStatus.CANCELLED, outage.getStatus());
        assertEquals("Vendor postponed the patch", outage.getCancellationReason());
        assertTrue(outage.asPlannedWindow().cancelled());
        assertConflict(() -> outage.cancel("again", "otto", NOW.plusSeconds(120)));
    }

    @Test
    void anOutageThatIsOverCannotBeCancelled() {
        PlannedOutage outage = scheduled();

        assertConflict(() -> outage.cancel("too late", "otto", START.plusSeconds(7_200)));
        assertEquals(PlannedOutageStatus.SCHEDULED, outage.getStatus());
    }

    @Test
    void aCancellationNeedsAReason() {
        PlannedOutage outage = scheduled();

        assertInvalid("reason", () -> outage.cancel(" ", "otto", NOW));
        assertEquals(PlannedOutageStatus.SCHEDULED, outage.getStatus());
    }
}
