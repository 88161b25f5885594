package org.cloudcare.problem.entity;

import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.problem.entity.Tickets.ALICE;
import static org.cloudcare.problem.entity.Tickets.SAM;
import static org.cloudcare.problem.entity.Tickets.at;
import static org.cloudcare.problem.entity.Tickets.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TicketTimersTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TicketTargets AROUND_THE_CLOCK = targets(SupportHours.aroundTheClock());
    private static final TicketTargets BERLIN_OFFICE = targets(SupportHours.weekdays(BERLIN, "08:00", "18:00"));

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    private static Instant utc(String instant) {
        return Instant.parse(instant);
    }

    private static TroubleTicket incidentAt(Instant received, TicketPriority priority) {
        return Tickets.incident(priority, at(received));
    }

    @Nested
    class ResponseClock {

        private final TroubleTicket ticket = incidentAt(utc("2025-06-11T08:00:00Z"), TicketPriority.HIGH);

        @Test
        void theResponseDeadlineIsReceptionPlusTheTargetOfThePriority() {
            TicketDeadline response = ticket.deadline(DeadlineKind.RESPONSE, AROUND_THE_CLOCK,
                    utc("2025-06-11T08:30:00Z"));
            assertEquals(utc("2025-06-11T09:00:00Z"), response.due());
            assertEquals(Duration.ofMinutes(30), response.timeLeft());
            assertEquals(Duration.ofHours(1), response.target());
            assertFalse(response.breached());
            assertTrue(response.isRunning());
        }

        @Test
        void aResponseInTimeStopsTheClockWithTheTimeThatWasLeft() {
            ticket.startWork(SAM, at(utc("2025-06-11T08:40:00Z")));
            TicketDeadline response = ticket.deadline(DeadlineKind.RESPONSE, AROUND_THE_CLOCK,
                    utc("2025-06-12T08:00:00Z"));
            assertTrue(response.stopped());
            assertFalse(response.breached());
            assertEquals(Duration.ofMinutes(20), response.timeLeft());
        }

        @Test
        void aLateResponseIsABreachButNothingLeftToEscalate() {
            ticket.startWork(SAM, at(utc("2025-06-11T10:00:00Z")));
            TicketDeadline response = ticket.deadline(DeadlineKind.RESPONSE, AROUND_THE_CLOCK,
                    utc("2025-06-11T11:00:00Z"));
            assertTrue(response.breached());
            assertEquals(Duration.ofHours(-1), response.timeLeft());
            assertFalse(ticket.breachesToEscalate(AROUND_THE_CLOCK, utc("2025-06-11T11:00:00Z"))
                    .contains(DeadlineKind.RESPONSE));
        }

        @Test
        void aCustomersOwnCancellationIsNoResponseButStopsTheClock() {
            ticket.cancel(ALICE, "Works again.", at(utc("2025-06-11T08:10:00Z")));
            assertNull(ticket.getRespondedAt());
            TicketDeadline response = ticket.deadline(DeadlineKind.RESPONSE, AROUND_THE_CLOCK,
                    utc("2025-06-12T00:00:00Z"));
            assertTrue(response.stopped());
            assertEquals(Duration.ofMinutes(50), response.timeLeft());
        }

        @Test
        void theResponseClockCountsOnlySupportHours() {
            // received Saturday 14 June in Berlin: the one hour starts on Monday at 08:00
            TroubleTicket saturday = incidentAt(berlin("2025-06-14T11:00"), TicketPriority.HIGH);
            TicketDeadline response = saturday.deadline(DeadlineKind.RESPONSE, BERLIN_OFFICE,
                    berlin("2025-06-15T20:00"));
            assertEquals(berlin("2025-06-16T09:00"), response.due());
            assertEquals(Duration.ofHours(1), response.timeLeft());
        }
    }

    @Nested
    class RepairClock {

        @Test
        void anIncidentHasBothClocksAnInformationRequestOnlyTheResponseClock() {
            TroubleTicket incident = incidentAt(utc("2025-06-11T08:00:00Z"), TicketPriority.HIGH);
            assertEquals(List.of(DeadlineKind.RESPONSE, DeadlineKind.REPAIR), incident.deadlines(AROUND_THE_CLOCK,
                    utc("2025-06-11T08:00:00Z")).stream().map(TicketDeadline::kind).toList());
            TroubleTicket question = TroubleTicket.receive(Tickets.report(TicketKind.INFORMATION_REQUEST,
                    TicketPriority.HIGH, ReceptionChannel.PORTAL), ALICE, at(utc("2025-06-11T08:00:00Z")));
            assertEquals(List.of(DeadlineKind.RESPONSE), question.deadlines(AROUND_THE_CLOCK,
                    utc("2025-06-11T08:00:00Z")).stream().map(TicketDeadline::kind).toList());
            assertConflict(() -> question.deadline(DeadlineKind.REPAIR, AROUND_THE_CLOCK, utc("2025-06-11T08:00:00Z")));
        }

        @Test
        void aFridayAfternoonIncidentIsDueOnMondayWithinSupportHours() {
            TroubleTicket ticket = incidentAt(berlin("2025-06-13T16:00"), TicketPriority.HIGH);
            TicketDeadline repair = ticket.deadline(DeadlineKind.REPAIR, BERLIN_OFFICE, berlin("2025-06-14T12:00"));
            assertEquals(berlin("2025-06-16T10:00"), repair.due());
            assertEquals(Duration.ofHours(2), repair.timeLeft());
        }

        @Test
        void waitingForTheCustomerPausesTheRepairClockAndMovesTheDeadline() {
            TroubleTicket ticket = incidentAt(berlin("2025-06-13T16:00"), TicketPriority.HIGH);
            ticket.startWork(SAM, at(berlin("2025-06-13T16:05")));
            ticket.waitForCustomer(SAM, "Which study?", at(berlin("2025-06-16T08:30")));

            TicketDeadline whileWaiting = ticket.deadline(DeadlineKind.REPAIR, BERLIN_OFFICE,
                    berlin("2025-06-16T17:00"));
            assertNull(whileWaiting.due(), "unknown while the customer is awaited");
            assertEquals(Duration.ofMinutes(90), whileWaiting.timeLeft(), "frozen at the start of the wait");
            assertTrue(whileWaiting.isRunning());

            ticket.resume(ALICE, "Study 4711.", at(berlin("2025-06-16T09:30")));
            TicketDeadline afterwards = ticket.deadline(DeadlineKind.REPAIR, BERLIN_OFFICE,
                    berlin("2025-06-16T10:00"));
            assertEquals(berlin("2025-06-16T11:00"), afterwards.due());
            assertEquals(Duration.ofMinutes(60), afterwards.timeLeft());
        }

        @Test
        void aHeldTicketsClockRunsOn() {
            TroubleTicket ticket = incidentAt(utc("2025-06-11T08:00:00Z"), TicketPriority.HIGH);
            ticket.startWork(SAM, at(utc("2025-06-11T08:10:00Z")));
            ticket.hold(SAM, "Storage vendor.", at(utc("2025-06-11T09:00:00Z")));
            TicketDeadline repair = ticket.deadline(DeadlineKind.REPAIR, AROUND_THE_CLOCK, utc("2025-06-11T11:00:00Z"));
            assertEquals(utc("2025-06-11T12:00:00Z"), repair.due());
            assertEquals(Duration.ofHours(1), repair.timeLeft());
        }

        @Test
        void resolutionStopsTheClockAndANotAcceptedResolutionRestartsItWithoutTheWaitForAcceptance() {
            TroubleTicket ticket = incidentAt(utc("2025-06-11T08:00:00Z"), TicketPriority.HIGH);
            ticket.startWork(SAM, at(utc("2025-06-11T08:10:00Z")));
            ticket.resolve(SAM, "Restarted.", null, at(utc("2025-06-11T09:00:00Z")));

            TicketDeadline resolved = ticket.deadline(DeadlineKind.REPAIR, AROUND_THE_CLOCK,
                    utc("2025-06-11T20:00:00Z"));
            assertTrue(resolved.stopped());
            assertFalse(resolved.breached());
            assertEquals(Duration.ofHours(3), resolved.timeLeft());
            assertEquals(utc("2025-06-11T12:00:00Z"), resolved.due());

            ticket.reopen(ALICE, "Fails again.", at(utc("2025-06-12T08:00:00Z")));
            TicketDeadline reopened = ticket.deadline(DeadlineKind.REPAIR, AROUND_THE_CLOCK,
                    utc("2025-06-12T09:00:00Z"));
            assertTrue(reopened.isRunning());
            assertEquals(Duration.ofHours(2), reopened.timeLeft());
            assertEquals(utc("2025-06-12T11:00:00Z"), reopened.due());
        }

        @Test
        void aTicketOpenAcrossAMonthEnd() {
            // Thursday 31 July 17:00, MEDIUM = 16 business hours: 1 h in July, 10 h on Friday, 5 h on Monday 4 August
            TroubleTicket ticket = incidentAt(berlin("2025-07-31T17:00"), TicketPriority.MEDIUM);
            TicketDeadline repair = ticket.deadline(DeadlineKind.REPAIR, BERLIN_OFFICE, berlin("2025-08-02T12:00"));
            assertEquals(berlin("2025-08-04T13:00"), repair.due());
            assertEquals(Duration.ofHours(5), repair.timeLeft());
        }

        @Test
        void aTicketOpenAcrossTheSpringDaylightSavingChange() {
            // Friday 28 March 2025 16:00 CET; Monday 31 March is CEST
            TroubleTicket ticket = incidentAt(berlin("2025-03-28T16:00"), TicketPriority.HIGH);
            TicketDeadline repair = ticket.deadline(DeadlineKind.REPAIR, BERLIN_OFFICE, berlin("2025-03-30T12:00"));
            assertEquals(utc("2025-03-31T08:00:00Z"), repair.due());
            assertEquals(Duration.ofHours(2), repair.timeLeft());
        }

        @Test
        void aTicketOpenAcrossTheAutumnChangeAroundTheClockCountsTheRepeatedHour() {
            // 24x7: Saturday 25 October 23:30 CEST + 4 h = Sunday 02:30 CET, three hours later on the wall clock
            TroubleTicket ticket = incidentAt(berlin("2025-10-25T23:30"), TicketPriority.HIGH);
            TicketDeadline repair = ticket.deadline(DeadlineKind.REPAIR, AROUND_THE_CLOCK, berlin("2025-10-25T23:30"));
            assertEquals(OffsetDateTime.parse("2025-10-26T02:30+01:00").toInstant(), repair.due());
            assertEquals(utc("2025-10-26T01:30:00Z"), repair.due());
        }
    }

    @Nested
    class Escalation {

        private final TroubleTicket ticket = incidentAt(utc("2025-06-11T08:00:00Z"), TicketPriority.HIGH);
        private final Clock afterRepairDeadline = at(utc("2025-06-11T12:30:00Z"));

        @Test
        void nothingIsBreachedBeforeTheDeadline() {
            ticket.startWork(SAM, at(utc("2025-06-11T08:10:00Z")));
            assertEquals(List.of(), ticket.breachesToEscalate(AROUND_THE_CLOCK, utc("2025-06-11T11:59:00Z")));
            assertConflict(() -> ticket.escalate(DeadlineKind.REPAIR, AROUND_THE_CLOCK,
                    at(utc("2025-06-11T11:59:00Z"))));
            assertEquals(TicketPriority.HIGH, ticket.getPriority());
        }

        @Test
        void aMissedDeadlineIsReportedAndEscalatedOnceRaisingThePriorityOneStep() {
            ticket.startWork(SAM, at(utc("2025-06-11T08:10:00Z")));
            assertEquals(List.of(DeadlineKind.REPAIR), ticket.breachesToEscalate(AROUND_THE_CLOCK,
                    afterRepairDeadline.instant()));

            TicketEscalated escalated = ticket.escalate(DeadlineKind.REPAIR, AROUND_THE_CLOCK, afterRepairDeadline);
            assertEquals(TicketPriority.HIGH, escalated.fromPriority());
            assertEquals(TicketPriority.CRITICAL, escalated.toPriority());
            assertEquals(OffsetDateTime.parse("2025-06-11T12:00:00Z"), escalated.deadline());
            assertEquals(TicketPriority.CRITICAL, ticket.getPriority());
            assertEquals(1, ticket.getEscalations().size());
            assertEquals(DeadlineKind.REPAIR, ticket.getEscalations().get(0).getDeadlineKind());

            assertEquals(List.of(), ticket.breachesToEscalate(AROUND_THE_CLOCK, afterRepairDeadline.instant()));
            assertConflict(() -> ticket.escalate(DeadlineKind.REPAIR, AROUND_THE_CLOCK, afterRepairDeadline));
            assertEquals(TicketPriority.CRITICAL, ticket.getPriority());
            assertEquals(1, ticket.getEscalations().size());
        }

        @Test
        void anEscalationDoesNotMoveTheDeadlinesTheTicketIsCountedAgainst() {
            ticket.startWork(SAM, at(utc("2025-06-11T08:10:00Z")));
            ticket.escalate(DeadlineKind.REPAIR, AROUND_THE_CLOCK, afterRepairDeadline);
            assertEquals(utc("2025-06-11T12:00:00Z"), ticket.deadline(DeadlineKind.REPAIR, AROUND_THE_CLOCK,
                    afterRepairDeadline.instant()).due());
            assertEquals(TicketPriority.HIGH, ticket.getTargetPriority());
        }

        @Test
        void responseAndRepairAreEscalatedSeparately() {
            TroubleTicket ignored = incidentAt(utc("2025-06-11T08:00:00Z"), TicketPriority.MEDIUM);
            // MEDIUM: response 4 h, repair 16 h
            assertEquals(List.of(DeadlineKind.RESPONSE), ignored.breachesToEscalate(AROUND_THE_CLOCK,
                    utc("2025-06-11T12:01:00Z")));
            ignored.escalate(DeadlineKind.RESPONSE, AROUND_THE_CLOCK, at(utc("2025-06-11T12:01:00Z")));
            assertEquals(TicketPriority.HIGH, ignored.getPriority());
            assertEquals(List.of(DeadlineKind.REPAIR), ignored.breachesToEscalate(AROUND_THE_CLOCK,
                    utc("2025-06-12T00:01:00Z")));
            ignored.escalate(DeadlineKind.REPAIR, AROUND_THE_CLOCK, at(utc("2025-06-12T00:01:00Z")));
            assertEquals(TicketPriority.CRITICAL, ignored.getPriority());
            assertEquals(2, ignored.getEscalations().size());
        }

        @Test
        void aCriticalTicketStaysCriticalButItsEscalationIsStillRecorded() {
            TroubleTicket critical = incidentAt(utc("2025-06-11T08:00:00Z"), TicketPriority.CRITICAL);
            TicketEscalated escalated = critical.escalate(DeadlineKind.RESPONSE, AROUND_THE_CLOCK,
                    at(utc("2025-06-11T08:16:00Z")));
            assertEquals(TicketPriority.CRITICAL, escalated.toPriority());
            assertTrue(critical.isEscalated(DeadlineKind.RESPONSE));
        }

        @Test
        void aResolvedTicketIsNotEscalatedEvenWhenItWasLate() {
            ticket.startWork(SAM, at(utc("2025-06-11T08:10:00Z")));
            ticket.resolve(SAM, "Done.", null, at(utc("2025-06-11T13:00:00Z")));
            TicketDeadline repair = ticket.deadline(DeadlineKind.REPAIR, AROUND_THE_CLOCK,
                    utc("2025-06-11T14:00:00Z"));
            assertTrue(repair.breached());
            assertTrue(repair.stopped());
            assertEquals(List.of(), ticket.breachesToEscalate(AROUND_THE_CLOCK, utc("2025-06-11T14:00:00Z")));
            assertConflict(() -> ticket.escalate(DeadlineKind.REPAIR, AROUND_THE_CLOCK,
                    at(utc("2025-06-11T14:00:00Z"))));
        }

        @Test
        void aTicketBreachedBeforeTheCustomerWasAwaitedIsStillEscalated() {
            ticket.startWork(SAM, at(utc("2025-06-11T08:10:00Z")));
            ticket.waitForCustomer(SAM, "?", at(utc("2025-06-11T12:30:00Z")));
            assertEquals(List.of(DeadlineKind.REPAIR), ticket.breachesToEscalate(AROUND_THE_CLOCK,
                    utc("2025-06-11T18:00:00Z")));
        }

        @Test
        void escalationIsOutsideSupportHoursOnlyAfterTheBusinessDeadline() {
            TroubleTicket friday = incidentAt(berlin("2025-06-13T16:00"), TicketPriority.HIGH);
            friday.startWork(SAM, at(berlin("2025-06-13T16:30")));
            assertEquals(List.of(), friday.breachesToEscalate(BERLIN_OFFICE, berlin("2025-06-15T23:00")));
            assertEquals(List.of(DeadlineKind.REPAIR), friday.breachesToEscalate(BERLIN_OFFICE,
                    berlin("2025-06-16T10:01")));
        }
    }
}
