package org.cloudcare.sla.entity;

/**
 * One row of a measurement batch as the monitoring system sent it, before any check: the moments are ISO 8601 text
 * so that an unreadable one is a reason naming the row and field, not a refusal of the whole request. Which fields a
 * row must have depends on its {@link MeasurementKind}; the others must be left out.
 */
public record MeasurementRow(MeasurementKind kind, String subscriptionId, String intervalStart, String intervalEnd,
        Boolean up, String measuredAt, Integer milliseconds, String at) {

    public static MeasurementRow availability(String subscriptionId, String intervalStart, String intervalEnd,
            boolean up) {
        return new MeasurementRow(MeasurementKind.AVAILABILITY, subscriptionId, intervalStart, intervalEnd, up, null,
                null, null);
    }

    public static MeasurementRow responseTime(String subscriptionId, String measuredAt, int milliseconds) {
        return new MeasurementRow(MeasurementKind.RESPONSE_TIME, subscriptionId, null, null, null, measuredAt,
                milliseconds, null);
    }

    public static MeasurementRow outage(MeasurementKind kind, String subscriptionId, String at) {
        return new MeasurementRow(kind, subscriptionId, null, null, null, null, null, at);
    }
}
