package org.cloudcare.sla.entity;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.problem.entity.Interval;

/**
 * The period an agreement is evaluated for: one calendar month in UTC, written {@code yyyy-MM}, from the first instant
 * of the month (inclusive) to the first instant of the next (exclusive). A month is closed once its end has passed;
 * only a closed month records violations, the running month is evaluated up to now and stays provisional.
 */
public record EvaluationPeriod(YearMonth month) {

    /** The earliest month CloudCare evaluates. */
    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    public EvaluationPeriod {
        if (month == null) {
            throw CloudCareException.invalid("period", "Give the period as a month, e.g. 2026-11.");
        }
    }

    /** The month written {@code yyyy-MM}; a refusal names {@code field}. */
    public static EvaluationPeriod parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw CloudCareException.invalid(field, "Give the period as a month, e.g. 2026-11.");
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.isBefore(EARLIEST)) {
                throw CloudCareException.invalid(field, "The period must not be before " + EARLIEST + ".");
            }
            return new EvaluationPeriod(month);
        } catch (DateTimeParseException e) {
            throw CloudCareException.invalid(field, "The period is a month written yyyy-MM, e.g. 2026-11.");
        }
    }

    /** The month an instant lies in. */
    public static EvaluationPeriod of(Instant instant) {
        return new EvaluationPeriod(YearMonth.from(instant.atOffset(ZoneOffset.UTC)));
    }

    public Instant start() {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public Interval interval() {
        return new Interval(start(), end());
    }

    /** Whether the month has ended at {@code now}. */
    public boolean isClosedAt(Instant now) {
        return !now.isBefore(end());
    }

    /** Whether the month has begun at {@code now}. */
    public boolean hasBegunAt(Instant now) {
        return !now.isBefore(start());
    }

    public EvaluationPeriod previous() {
        return new EvaluationPeriod(month.minusMonths(1));
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
