package org.cloudcare.problem.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cloudcare.catalog.entity.AvailabilityPeriod;
import org.cloudcare.catalog.entity.IncidentPriority;
import org.cloudcare.catalog.entity.IncidentTarget;
import org.cloudcare.catalog.entity.ServiceCreditTier;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.catalog.entity.SupportHours;
import org.cloudcare.problem.entity.SupportWindow;
import org.cloudcare.problem.entity.TicketPriority;
import org.cloudcare.problem.entity.TicketTargets;
import org.junit.jupiter.api.Test;

/** The catalogue's SLA terms and support hours become the targets a ticket's timers count against. */
class TicketTermsTest {

    private static SlaTerms terms() {
        return new SlaTerms(new BigDecimal("99.95"), AvailabilityPeriod.MONTH, 30, List.of(
                IncidentTarget.of(IncidentPriority.CRITICAL, 15, 120), IncidentTarget.of(IncidentPriority.HIGH, 60, 240),
                IncidentTarget.of(IncidentPriority.MEDIUM, 240, 960), IncidentTarget.of(IncidentPriority.LOW, 480, 2400)),
                120, 168, 4, 60, 240, Set.of("ch-zurich"),
                List.of(ServiceCreditTier.of(new BigDecimal("99"), new BigDecimal("25"))), true, null, 30, 36, true,
                90);
    }

    @Test
    void eachPriorityGetsTheResponseAndRepairTimeOfItsIncidentTarget() {
        TicketTargets targets = TicketTerms.targets(new TicketTerms.Agreed(terms(), SupportHours.allHours()));

        assertEquals(Duration.ofMinutes(15), targets.forPriority(TicketPriority.CRITICAL).response());
        assertEquals(Duration.ofHours(2), targets.forPriority(TicketPriority.CRITICAL).repair());
        assertEquals(Duration.ofHours(8), targets.forPriority(TicketPriority.LOW).response());
        assertEquals(Duration.ofHours(40), targets.forPriority(TicketPriority.LOW).repair());
        assertTrue(targets.supportHours().isAroundTheClock());
    }

    @Test
    void aNegotiatedTargetResponseTimeCapsEveryPrioritysResponseButNotItsRepair() {
        TicketTargets targets = TicketTerms.targets(new TicketTerms.Agreed("agreement-1", terms(),
                SupportHours.allHours(), Duration.ofMinutes(45)));

        assertEquals(Duration.ofMinutes(15), targets.forPriority(TicketPriority.CRITICAL).response(),
                "a faster target of its own stays");
        assertEquals(Duration.ofMinutes(45), targets.forPriority(TicketPriority.HIGH).response());
        assertEquals(Duration.ofMinutes(45), targets.forPriority(TicketPriority.LOW).response());
        assertEquals(Duration.ofHours(40), targets.forPriority(TicketPriority.LOW).repair());
    }

    @Test
    void officeHoursKeepTheirDaysTimesAndZone() {
        var hours = TicketTerms.supportHours(SupportHours.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "07:00",
                "19:00", "Europe/Zurich"));

        assertEquals(ZoneId.of("Europe/Zurich"), hours.zone());
        assertEquals(List.of(new SupportWindow(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(19, 0)),
                new SupportWindow(DayOfWeek.FRIDAY, LocalTime.of(7, 0), LocalTime.of(19, 0))), hours.windows());
    }

    @Test
    void everyCataloguePriorityIsATicketPriority() {
        for (IncidentPriority priority : IncidentPriority.values()) {
            assertEquals(priority.name(), TicketTerms.priority(priority).name());
        }
    }
}
