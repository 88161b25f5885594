package org.cloudcare.catalog.entity;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * An offering was activated or retired: ordering starts or stops accepting it, notifications tell the customers who
 * have it. Provider-wide (no tenant). Published through the outbox in the transaction of the change.
 */
public record ProductOfferingStatusChanged(String offeringId, String code, OfferingStatus status)
        implements DomainEvent {

    public static final String TYPE = "catalog.offering-status-changed";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return ProductOffering.TYPE;
    }

    @Override
    public String aggregateId() {
        return offeringId;
    }

    @Override
    public String tenant() {
        return null;
    }
}
