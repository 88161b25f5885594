package org.cloudcare.sla.control;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.cloudcare.platform.error.Reasons;
import org.cloudcare.sla.entity.MeasurementKind;
import org.cloudcare.sla.entity.MeasurementRow;
import org.cloudcare.sla.entity.MeasurementSet;

/**
 * The reception rules of a measurement batch, without a database: every row is checked and every fault named by row
 * and field ({@code measurements[17].intervalEnd}), so the monitoring system corrects all of them in one go. Which
 * subscriptions exist is the boundary's to add.
 * <p>
 * At most {@value #MAX_REASONS} reasons are kept (a batch of 10,000 broken rows would otherwise answer a megabyte of
 * errors); {@link Checked#faults()} counts all of them.
 */
public final class MeasurementRows {

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_BATCH_ID = 64;
    public static final int MAX_REASONS = 100;
    /** How far ahead of CloudCare's clock the monitoring system's may be. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int MAX_MOMENT = 64;

    private MeasurementRows() {
    }

    /** The reasons found (at most {@value #MAX_REASONS}), how many there were in all, and the rows when none. */
    public static final class Checked {
        private final Reasons reasons = new Reasons();
        private final MeasurementSet measurements = new MeasurementSet();
        private int faults;

        /** Adds a reason, keeping only the first {@value #MAX_REASONS}. */
        public void fault(String field, String message) {
            if (faults++ < MAX_REASONS) {
                reasons.add(field, message);
            }
        }

        public int faults() {
            return faults;
        }

        public MeasurementSet measurements() {
            return measurements;
        }

        /** Refuses the batch with every reason kept, saying how many there were; does nothing without one. */
        public void throwIfAny() {
            if (faults > 0) {
                reasons.throwIfAny("The measurement batch was refused and nothing of it stored: " + faults
                        + (faults == 1 ? " reason" : " reasons") + (faults > MAX_REASONS ? ", the first "
                        + MAX_REASONS + " of them follow." : "."));
            }
        }
    }

    /** The batch id's own faults, checked before anything else is looked at (a resend is known by its id). */
    public static String batchIdFault(String batchId) {
        if (batchId == null || batchId.isBlank()) {
            return "A batch id is required.";
        }
        if (batchId.length() > MAX_BATCH_ID) {
            return "A batch id has at most " + MAX_BATCH_ID + " characters.";
        }
        if (!batchId.equals(batchId.strip())) {
            return "A batch id has no leading or trailing spaces.";
        }
        return null;
    }

    /** Checks the batch's rows, the moments against {@code now}. */
    public static Checked check(List<MeasurementRow> rows, Instant now) {
        Checked checked = new Checked();
        if (rows == null || rows.isEmpty()) {
            checked.fault("measurements", "A batch has at least one measurement.");
            return checked;
        }
        if (rows.size() > MAX_ROWS) {
            checked.fault("measurements", "A batch has at most " + MAX_ROWS + " measurements; this one has "
                    + rows.size() + ". Send them in several batches.");
            return checked;
        }
        Instant latest = now.plus(CLOCK_SKEW);
        for (int i = 0; i < rows.size(); i++) {
            check(checked, i, rows.get(i), latest);
        }
        return checked;
    }

    private static void check(Checked checked, int index, MeasurementRow row, Instant latest) {
        String at = "measurements[" + index + "].";
        if (row == null) {
            checked.fault("measurements[" + index + "]", "A measurement is required.");
            return;
        }
        int before = checked.faults();
        if (row.subscriptionId() == null || row.subscriptionId().isBlank()) {
            checked.fault(at + "subscriptionId", "The subscription is required.");
        }
        if (row.kind() == null) {
            checked.fault(at + "kind", "The kind of measurement is required.");
            return;
        }
        switch (row.kind()) {
            case AVAILABILITY -> {
                unused(checked, at, row.kind(), "measuredAt", row.measuredAt());
                unused(checked, at, row.kind(), "milliseconds", row.milliseconds());
                unused(checked, at, row.kind(), "at", row.at());
                Instant start = moment(checked, at + "intervalStart", row.intervalStart(), latest);
                Instant end = moment(checked, at + "intervalEnd", row.intervalEnd(), latest);
                if (row.up() == null) {
                    checked.fault(at + "up", "Whether the service was up is required for AVAILABILITY.");
                }
                if (start != null && end != null && !end.isAfter(start)) {
                    checked.fault(at + "intervalEnd", "The interval must end after it starts.");
                }
                if (checked.faults() == before) {
                    checked.measurements().add(new MeasurementSet.AvailabilitySample(index, row.subscriptionId(),
                            start, end, row.up()));
                }
            }
            case RESPONSE_TIME -> {
                unused(checked, at, row.kind(), "intervalStart", row.intervalStart());
                unused(checked, at, row.kind(), "intervalEnd", row.intervalEnd());
                unused(checked, at, row.kind(), "up", row.up());
                unused(checked, at, row.kind(), "at", row.at());
                Instant measuredAt = moment(checked, at + "measuredAt", row.measuredAt(), latest);
                if (row.milliseconds() == null) {
                    checked.fault(at + "milliseconds", "The response time is required for RESPONSE_TIME.");
                } else if (row.milliseconds() < 0) {
                    checked.fault(at + "milliseconds", "A response time is not negative.");
                }
                if (checked.faults() == before) {
                    checked.measurements().add(new MeasurementSet.ResponseTimeSample(index, row.subscriptionId(),
                            measuredAt, row.milliseconds()));
                }
            }
            case OUTAGE_START, OUTAGE_END -> {
                unused(checked, at, row.kind(), "intervalStart", row.intervalStart());
                unused(checked, at, row.kind(), "intervalEnd", row.intervalEnd());
                unused(checked, at, row.kind(), "up", row.up());
                unused(checked, at, row.kind(), "measuredAt", row.measuredAt());
                unused(checked, at, row.kind(), "milliseconds", row.milliseconds());
                Instant moment = moment(checked, at + "at", row.at(), latest);
                if (checked.faults() == before) {
                    checked.measurements().add(new MeasurementSet.OutageEvent(index, row.subscriptionId(), row.kind(),
                            moment));
                }
            }
        }
    }

    /**
     * The moment in ISO 8601 text with offset. The usual form ({@code 2026-01-01T00:00:00Z}, also with a fraction of
     * a second or an offset {@code +02:00}) is read by hand: {@link OffsetDateTime#parse} costs some 20 microseconds
     * a value, half of the whole reception of a 10,000-row batch. Anything else goes to {@code OffsetDateTime.parse}.
     */
    static Instant parse(String text) {
        int length = text.length();
        if (length >= 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            try {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                int hour = digits(text, 11, 13);
                int minute = digits(text, 14, 16);
                int second = digits(text, 17, 19);
                int at = 19;
                int nanos = 0;
                if (text.charAt(at) == '.') {
                    int start = ++at;
                    while (at < length && at - start < 9 && Character.isDigit(text.charAt(at))) {
                        nanos = nanos * 10 + (text.charAt(at++) - '0');
                    }
                    if (at == start) {
                        return OffsetDateTime.parse(text).toInstant();
                    }
                    for (int i = at - start; i < 9; i++) {
                        nanos *= 10;
                    }
                }
                ZoneOffset offset;
                if (at == length - 1 && text.charAt(at) == 'Z') {
                    offset = ZoneOffset.UTC;
                } else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-')
                        && text.charAt(at + 3) == ':') {
                    int hours = digits(text, at + 1, at + 3);
                    int minutes = digits(text, at + 4, at + 6);
                    offset = text.charAt(at) == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                            : ZoneOffset.ofHoursMinutes(-hours, -minutes);
                } else {
                    return OffsetDateTime.parse(text).toInstant();
                }
                return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
            } catch (DateTimeException | NumberFormatException e) {
                return OffsetDateTime.parse(text).toInstant();
            }
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void unused(Checked checked, String at, MeasurementKind kind, String field, Object value) {
        if (value != null) {
            checked.fault(at + field, "A " + kind + " measurement has no " + field + ".");
        }
    }

    /** The moment in {@code text}, or null after adding the reason it is missing, unreadable or in the future. */
    private static Instant moment(Checked checked, String field, String text, Instant latest) {
        if (text == null || text.isBlank()) {
            checked.fault(field, "The " + field + " is required.");
            return null;
        }
        Instant moment;
        try {
            if (text.length() > MAX_MOMENT) {
                throw new DateTimeParseException("too long", text.substring(0, MAX_MOMENT), MAX_MOMENT);
            }
            moment = parse(text.strip());
        } catch (DateTimeParseException e) {
            checked.fault(field, "An ISO 8601 date and time with offset is required, e.g. 2026-01-01T00:00:00Z.");
            return null;
        }
        if (moment.isAfter(latest)) {
            checked.fault(field, "A measurement is not in the future (more than " + CLOCK_SKEW.toMinutes()
                    + " minutes ahead of CloudCare's clock).");
            return null;
        }
        return moment;
    }
}
