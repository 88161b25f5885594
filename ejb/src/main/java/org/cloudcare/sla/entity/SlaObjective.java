package org.cloudcare.sla.entity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;

import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.ErrorCode;

/**
 * The objectives of an agreement that can be negotiated one at a time: each names the {@link SlaTerms} component it
 * changes. A new value is checked by {@link SlaTerms} itself, together with the rest of the terms (an availability
 * below a credit tier's threshold is refused as any template with it would be), so the ranges live in one place.
 */
public enum SlaObjective {
    AVAILABILITY_PERCENT("availabilityPercent", false),
    TARGET_RESPONSE_TIME_MINUTES("targetResponseTimeMinutes", true),
    PLANNED_DOWNTIME_MINUTES_PER_MONTH("plannedDowntimeMinutesPerMonth", true),
    DISRUPTION_NOTICE_HOURS("disruptionNoticeHours", true),
    BACKUP_FREQUENCY_HOURS("backupFrequencyHours", true),
    RECOVERY_POINT_OBJECTIVE_MINUTES("recoveryPointObjectiveMinutes", true),
    RECOVERY_TIME_OBJECTIVE_MINUTES("recoveryTimeObjectiveMinutes", true),
    PAYMENT_TERM_DAYS("paymentTermDays", true),
    EXPIRY_NOTICE_DAYS("expiryNoticeDays", true);

    private static final RecordComponent[] COMPONENTS = SlaTerms.class.getRecordComponents();

    private final String component;
    private final boolean whole;

    SlaObjective(String component, boolean whole) {
        this.component = component;
        this.whole = whole;
    }

    /** The name of the {@link SlaTerms} component, e.g. {@code availabilityPercent}. */
    public String component() {
        return component;
    }

    /** This objective's value in {@code terms}. */
    public BigDecimal valueIn(SlaTerms terms) {
        Object value = read(COMPONENTS[index()], terms);
        return value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Integer) value).longValue());
    }

    /**
     * {@code terms} with this objective set to {@code value}, checked as a whole; a refusal names {@code field}, with
     * the reason of the terms' own check.
     */
    public SlaTerms applyTo(SlaTerms terms, BigDecimal value, String field) {
        if (value == null) {
            throw CloudCareException.invalid(field, "Give the new value of " + component + ".");
        }
        Object[] values = Arrays.stream(COMPONENTS).map(c -> read(c, terms)).toArray();
        values[index()] = whole ? whole(value, field) : value;
        try {
            return SlaTerms.class.getDeclaredConstructor(Arrays.stream(COMPONENTS).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof CloudCareException refusal && refusal.code() == ErrorCode.VALIDATION) {
                throw CloudCareException.invalid(field, refusal.getMessage());
            }
            throw new IllegalStateException("SlaTerms refused " + component, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SlaTerms cannot be made", e);
        }
    }

    private Integer whole(BigDecimal value, String field) {
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw CloudCareException.invalid(field, "The " + component + " is a whole number.");
        }
    }

    private int index() {
        for (int i = 0; i < COMPONENTS.length; i++) {
            if (COMPONENTS[i].getName().equals(component)) {
                return i;
            }
        }
        throw new IllegalStateException("SlaTerms has no component " + component);
    }

    private static Object read(RecordComponent component, SlaTerms terms) {
        try {
            return component.getAccessor().invoke(terms);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SlaTerms." + component.getName() + " cannot be read", e);
        }
    }
}
