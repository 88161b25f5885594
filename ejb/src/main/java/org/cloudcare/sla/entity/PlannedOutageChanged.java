package org.cloudcare.sla.entity;

import java.time.OffsetDateTime;
import java.util.List;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * A planned outage was scheduled or cancelled: notifications tell the customers concerned (a later issue), the
 * evaluation reads the windows when it next runs. Provider-wide (no tenant).
 */
public record PlannedOutageChanged(String outageId, String change, OffsetDateTime windowStart,
        OffsetDateTime windowEnd, List<String> productOfferingIds, List<String> subscriptionIds, String actor,
        OffsetDateTime changedAt) implements DomainEvent {

    public static final String TYPE = "sla.planned-outage-changed";

    public static PlannedOutageChanged of(PlannedOutage outage, PlannedOutageAuditAction change, String actor,
            OffsetDateTime at) {
        return new PlannedOutageChanged(outage.getId(), change.name(), outage.getWindowStart(),
                outage.getWindowEnd(), List.copyOf(outage.getProductOfferingIds()),
                List.copyOf(outage.getSubscriptionIds()), actor, at);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return PlannedOutage.TYPE;
    }

    @Override
    public String aggregateId() {
        return outageId;
    }

    @Override
    public String tenant() {
        return null;
    }
}
