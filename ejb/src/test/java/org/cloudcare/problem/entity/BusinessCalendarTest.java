package org.cloudcare.problem.entity;

import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Monday to Friday 08:00-18:00 in Berlin: ten business hours a day. */
    private static final BusinessCalendar BERLIN_OFFICE = new BusinessCalendar(
            SupportHours.weekdays(BERLIN, "08:00", "18:00"));
    private static final BusinessCalendar ALWAYS = new BusinessCalendar(SupportHours.aroundTheClock());

    private static Instant berlin(String localDateTime) {
        return at(BERLIN, localDateTime);
    }

    private static Instant at(ZoneId zone, String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    @Nested
    class WithinSupportHours {

        @Test
        void aDeadlineWithinTheSameWindowIsStartPlusTheTarget() {
            // Wednesday 2025-06-11
            assertEquals(berlin("2025-06-11T14:00"), BERLIN_OFFICE.deadline(berlin("2025-06-11T10:00"), hours(4)));
        }

        @Test
        void aDeadlineThatDoesNotFitTodayContinuesWhenSupportOpensNextDay() {
            assertEquals(berlin("2025-06-12T10:00"), BERLIN_OFFICE.deadline(berlin("2025-06-11T16:00"), hours(4)));
        }

        @Test
        void aTicketReceivedBeforeSupportOpensStartsCountingAtOpening() {
            assertEquals(berlin("2025-06-11T09:30"),
                    BERLIN_OFFICE.deadline(berlin("2025-06-11T06:12"), Duration.ofMinutes(90)));
        }

        @Test
        void aTicketReceivedAfterClosingStartsCountingNextMorning() {
            assertEquals(berlin("2025-06-12T08:30"),
                    BERLIN_OFFICE.deadline(berlin("2025-06-11T21:45"), Duration.ofMinutes(30)));
        }

        @Test
        void aDeadlineEndingExactlyAtClosingIsClosingTimeNotNextMorning() {
            assertEquals(berlin("2025-06-11T18:00"), BERLIN_OFFICE.deadline(berlin("2025-06-11T08:00"), hours(10)));
        }

        @Test
        void aZeroTargetIsDueWhenSupportIsNextOpen() {
            assertEquals(berlin("2025-06-12T08:00"), BERLIN_OFFICE.deadline(berlin("2025-06-11T19:00"), Duration.ZERO));
        }

        @Test
        void businessTimeBetweenCountsOnlyOpenHours() {
            assertEquals(hours(12), BERLIN_OFFICE.businessTimeBetween(berlin("2025-06-11T12:00"),
                    berlin("2025-06-12T14:00")));
        }

        @Test
        void businessTimeBetweenIsZeroOutsideSupportHoursAndForABackwardsRange() {
            assertEquals(Duration.ZERO, BERLIN_OFFICE.businessTimeBetween(berlin("2025-06-11T18:00"),
                    berlin("2025-06-12T08:00")));
            assertEquals(Duration.ZERO, BERLIN_OFFICE.businessTimeBetween(berlin("2025-06-12T12:00"),
                    berlin("2025-06-11T12:00")));
        }

        @Test
        void deadlineAndElapsedTimeAgree() {
            Instant start = berlin("2025-06-11T17:13");
            for (long minutes : new long[] {1, 47, 600, 601, 3000, 12_345}) {
                Instant due = BERLIN_OFFICE.deadline(start, Duration.ofMinutes(minutes));
                assertEquals(Duration.ofMinutes(minutes), BERLIN_OFFICE.businessTimeBetween(start, due),
                        minutes + " minutes");
            }
        }

        @Test
        void severalWindowsOnADayLeaveTheLunchBreakOut() {
            BusinessCalendar withLunch = new BusinessCalendar(SupportHours.weekly(BERLIN, List.of(
                    SupportWindow.of(DayOfWeek.MONDAY, "08:00", "12:00"),
                    SupportWindow.of(DayOfWeek.MONDAY, "13:00", "17:00"))));
            // Monday 2025-06-16
            assertEquals(berlin("2025-06-16T14:00"), withLunch.deadline(berlin("2025-06-16T11:00"), hours(2)));
            // the next Monday, a week later
            assertEquals(berlin("2025-06-23T09:00"), withLunch.deadline(berlin("2025-06-16T16:00"), hours(2)));
        }
    }

    @Nested
    class Weekends {

        @Test
        void aFridayAfternoonTicketIsDueOnMonday() {
            // Friday 2025-06-13 16:00 + 4 h = 2 h Friday + 2 h Monday
            assertEquals(berlin("2025-06-16T10:00"), BERLIN_OFFICE.deadline(berlin("2025-06-13T16:00"), hours(4)));
        }

        @Test
        void aTicketReceivedOnSaturdayStartsCountingOnMonday() {
            assertEquals(berlin("2025-06-16T09:00"), BERLIN_OFFICE.deadline(berlin("2025-06-14T11:00"), hours(1)));
        }

        @Test
        void aWeekendDoesNotCountAsElapsed() {
            assertEquals(hours(4), BERLIN_OFFICE.businessTimeBetween(berlin("2025-06-13T16:00"),
                    berlin("2025-06-16T10:00")));
        }

        @Test
        void aTargetLongerThanAWeekSkipsEveryWeekend() {
            // 60 business hours = six working days from Monday 08:00: the following Monday 18:00
            assertEquals(berlin("2025-06-23T18:00"), BERLIN_OFFICE.deadline(berlin("2025-06-16T08:00"), hours(60)));
        }
    }

    @Nested
    class DaylightSaving {

        @Test
        void aDeadlineAcrossTheSpringChangeKeepsLocalOpeningHours() {
            // Friday 2025-03-28 is CET (+01:00); Monday 2025-03-31 is CEST (+02:00) after the last Sunday of March
            Instant due = BERLIN_OFFICE.deadline(berlin("2025-03-28T16:00"), hours(4));
            assertEquals(berlin("2025-03-31T10:00"), due);
            assertEquals(Instant.parse("2025-03-31T08:00:00Z"), due);
        }

        @Test
        void aDeadlineAcrossTheAutumnChangeKeepsLocalOpeningHours() {
            // Friday 2025-10-24 is CEST (+02:00); Monday 2025-10-27 is CET (+01:00)
            Instant due = BERLIN_OFFICE.deadline(berlin("2025-10-24T16:00"), hours(4));
            assertEquals(Instant.parse("2025-10-27T09:00:00Z"), due);
        }

        @Test
        void aWindowSpanningTheSpringChangeIsAnHourShorter() {
            BusinessCalendar sundayNight = new BusinessCalendar(SupportHours.weekly(BERLIN,
                    List.of(SupportWindow.of(DayOfWeek.SUNDAY, "01:00", "05:00"))));
            assertEquals(hours(3), sundayNight.businessTimeBetween(berlin("2025-03-30T00:00"),
                    berlin("2025-03-30T12:00")));
            // 3 h in the short night are used up, the fourth hour falls into the next Sunday
            assertEquals(berlin("2025-04-06T02:00"), sundayNight.deadline(berlin("2025-03-30T00:00"), hours(4)));
        }

        @Test
        void aWindowSpanningTheAutumnChangeIsAnHourLonger() {
            BusinessCalendar sundayNight = new BusinessCalendar(SupportHours.weekly(BERLIN,
                    List.of(SupportWindow.of(DayOfWeek.SUNDAY, "01:00", "05:00"))));
            assertEquals(hours(5), sundayNight.businessTimeBetween(berlin("2025-10-26T00:00"),
                    berlin("2025-10-26T12:00")));
            assertEquals(Instant.parse("2025-10-26T03:00:00Z"),
                    sundayNight.deadline(berlin("2025-10-26T00:00"), hours(4)));
        }

        @Test
        void aWholeDayWindowLastsTwentyThreeHoursOnTheSpringChange() {
            BusinessCalendar sundays = new BusinessCalendar(SupportHours.weekly(BERLIN,
                    List.of(SupportWindow.of(DayOfWeek.SUNDAY, "00:00", "00:00"))));
            assertEquals(hours(23), sundays.businessTimeBetween(berlin("2025-03-29T12:00"),
                    berlin("2025-03-31T12:00")));
            assertEquals(hours(25), sundays.businessTimeBetween(berlin("2025-10-25T12:00"),
                    berlin("2025-10-27T12:00")));
        }

        @Test
        void aroundTheClockCountsRealElapsedTimeAcrossTheChange() {
            assertEquals(hours(47), ALWAYS.businessTimeBetween(berlin("2025-03-29T12:00"),
                    berlin("2025-03-31T12:00")));
        }
    }

    @Nested
    class TimeZones {

        @Test
        void windowsAreLocalTimesOfTheAgreementZoneNotUtc() {
            BusinessCalendar newYork = new BusinessCalendar(SupportHours.weekdays(NEW_YORK, "09:00", "17:00"));
            // 14:00 UTC on Wednesday 2025-06-11 is 10:00 in New York (EDT, -04:00)
            assertEquals(Instant.parse("2025-06-11T17:00:00Z"),
                    newYork.deadline(Instant.parse("2025-06-11T14:00:00Z"), hours(3)));
        }

        @Test
        void aZoneAheadOfUtcHasItsMondayWhileUtcIsStillSunday() {
            BusinessCalendar tokyo = new BusinessCalendar(SupportHours.weekdays(TOKYO, "09:00", "18:00"));
            // Sunday 2025-06-15 23:30 UTC is Monday 08:30 in Tokyo: support opens half an hour later
            assertEquals(Instant.parse("2025-06-16T01:00:00Z"),
                    tokyo.deadline(Instant.parse("2025-06-15T23:30:00Z"), hours(1)));
        }

        @Test
        void theSameInstantCanBeInsideSupportHoursInOneZoneAndOutsideInAnother() {
            Instant wednesdayNoonUtc = Instant.parse("2025-06-11T12:00:00Z");
            BusinessCalendar newYork = new BusinessCalendar(SupportHours.weekdays(NEW_YORK, "09:00", "17:00"));
            BusinessCalendar tokyo = new BusinessCalendar(SupportHours.weekdays(TOKYO, "09:00", "18:00"));
            assertEquals(Instant.parse("2025-06-11T13:00:00Z"), newYork.deadline(wednesdayNoonUtc, Duration.ZERO));
            assertEquals(Instant.parse("2025-06-12T00:00:00Z"), tokyo.deadline(wednesdayNoonUtc, Duration.ZERO));
        }
    }

    @Nested
    class MonthEnd {

        @Test
        void aTicketOpenAcrossAMonthEndCountsBothMonths() {
            // Thursday 2025-07-31 15:00 + 8 h = 3 h in July + 5 h on Friday 1 August
            assertEquals(berlin("2025-08-01T13:00"), BERLIN_OFFICE.deadline(berlin("2025-07-31T15:00"), hours(8)));
        }

        @Test
        void aTicketOpenAcrossTheEndOfAShortFebruaryAndAWeekend() {
            // Friday 2025-02-28 17:00 + 2 h = 1 h in February + 1 h on Monday 3 March
            assertEquals(berlin("2025-03-03T09:00"), BERLIN_OFFICE.deadline(berlin("2025-02-28T17:00"), hours(2)));
        }

        @Test
        void aroundTheClockAcrossAYearEnd() {
            assertEquals(Instant.parse("2026-01-01T02:00:00Z"),
                    ALWAYS.deadline(Instant.parse("2025-12-31T22:00:00Z"), hours(4)));
        }
    }

    @Nested
    class Pauses {

        private final List<Interval> waitingThursdayMorning = List.of(
                new Interval(berlin("2025-06-12T09:00"), berlin("2025-06-12T11:00")));

        @Test
        void aPauseInsideSupportHoursMovesTheDeadlineByItsLength() {
            Optional<Instant> due = BERLIN_OFFICE.deadline(berlin("2025-06-12T08:00"), hours(4),
                    waitingThursdayMorning);
            assertEquals(Optional.of(berlin("2025-06-12T14:00")), due);
        }

        @Test
        void aPauseOutsideSupportHoursChangesNothing() {
            List<Interval> overnight = List.of(new Interval(berlin("2025-06-11T19:00"), berlin("2025-06-12T07:00")));
            assertEquals(Optional.of(berlin("2025-06-12T10:00")),
                    BERLIN_OFFICE.deadline(berlin("2025-06-11T16:00"), hours(4), overnight));
        }

        @Test
        void aPauseIsNotCountedAsElapsed() {
            assertEquals(hours(4), BERLIN_OFFICE.businessTimeBetween(berlin("2025-06-12T08:00"),
                    berlin("2025-06-12T14:00"), waitingThursdayMorning));
        }

        @Test
        void aPauseAcrossTheWeekendCountsOnlyWhatIsOutsideIt() {
            List<Interval> fridayToMonday = List.of(
                    new Interval(berlin("2025-06-13T12:00"), berlin("2025-06-16T10:00")));
            assertEquals(Optional.of(berlin("2025-06-16T12:00")),
                    BERLIN_OFFICE.deadline(berlin("2025-06-13T08:00"), hours(6), fridayToMonday));
        }

        @Test
        void severalPausesInAnyOrderAreAllLeftOut() {
            List<Interval> twoWaits = List.of(
                    new Interval(berlin("2025-06-11T15:00"), berlin("2025-06-11T16:00")),
                    new Interval(berlin("2025-06-11T09:00"), berlin("2025-06-11T10:30")));
            assertEquals(Optional.of(berlin("2025-06-11T17:30")),
                    BERLIN_OFFICE.deadline(berlin("2025-06-11T08:00"), hours(7), twoWaits));
        }

        @Test
        void anOpenPauseLeavesTheDeadlineUnknownAndFreezesTheTimeLeft() {
            List<Interval> stillWaiting = List.of(Interval.open(berlin("2025-06-11T10:00")));
            assertTrue(BERLIN_OFFICE.deadline(berlin("2025-06-11T08:00"), hours(4), stillWaiting).isEmpty());
            Duration leftThen = BERLIN_OFFICE.timeLeft(berlin("2025-06-11T08:00"), hours(4), stillWaiting,
                    berlin("2025-06-11T10:00"));
            Duration leftNextWeek = BERLIN_OFFICE.timeLeft(berlin("2025-06-11T08:00"), hours(4), stillWaiting,
                    berlin("2025-06-18T10:00"));
            assertEquals(hours(2), leftThen);
            assertEquals(hours(2), leftNextWeek);
        }

        @Test
        void anOpenPauseWhileTheClockRunsAroundTheClock() {
            List<Interval> waiting = List.of(Interval.open(Instant.parse("2025-06-11T10:00:00Z")));
            assertTrue(ALWAYS.deadline(Instant.parse("2025-06-11T08:00:00Z"), hours(4), waiting).isEmpty());
            assertEquals(hours(2), ALWAYS.businessTimeBetween(Instant.parse("2025-06-11T08:00:00Z"),
                    Instant.parse("2025-06-20T08:00:00Z"), waiting));
        }

        @Test
        void aroundTheClockWithAPause() {
            List<Interval> waiting = List.of(new Interval(Instant.parse("2025-06-11T10:00:00Z"),
                    Instant.parse("2025-06-11T13:00:00Z")));
            assertEquals(Optional.of(Instant.parse("2025-06-11T15:00:00Z")),
                    ALWAYS.deadline(Instant.parse("2025-06-11T08:00:00Z"), hours(4), waiting));
        }
    }

    @Nested
    class TimeLeft {

        @Test
        void timeLeftCountsDownOnlyInSupportHours() {
            Instant start = berlin("2025-06-13T16:00");
            assertEquals(hours(3), BERLIN_OFFICE.timeLeft(start, hours(4), List.of(), berlin("2025-06-13T17:00")));
            assertEquals(hours(2), BERLIN_OFFICE.timeLeft(start, hours(4), List.of(), berlin("2025-06-15T23:00")));
        }

        @Test
        void timeLeftIsNegativeByTheBusinessTimeOverTheDeadline() {
            assertEquals(hours(-3), BERLIN_OFFICE.timeLeft(berlin("2025-06-11T08:00"), hours(2), List.of(),
                    berlin("2025-06-11T13:00")));
        }
    }

    @Nested
    class SupportHoursRules {

        @Test
        void windowsMustNotOverlap() {
            assertInvalid("windows", () -> SupportHours.weekly(BERLIN, List.of(
                    SupportWindow.of(DayOfWeek.MONDAY, "08:00", "12:00"),
                    SupportWindow.of(DayOfWeek.MONDAY, "11:00", "17:00"))));
        }

        @Test
        void aWindowMustEndAfterItStarts() {
            assertInvalid("to", () -> SupportWindow.of(DayOfWeek.MONDAY, "18:00", "08:00"));
        }

        @Test
        void weeklyHoursNeedAWindowAndAZone() {
            assertInvalid("windows", () -> SupportHours.weekly(BERLIN, List.of()));
            assertInvalid("zone", () -> SupportHours.weekdays(null, "08:00", "18:00"));
        }
    }
}
