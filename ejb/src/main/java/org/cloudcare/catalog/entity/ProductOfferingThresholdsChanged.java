package org.cloudcare.catalog.entity;

import java.util.List;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * The threshold standards of an offering were replaced: the SLA and quality processes that watch groups of purchased
 * offerings (eTOM 1.2.4.1) judge by the new values from now on. Provider-wide (no tenant). Published through the
 * outbox in the transaction of the change.
 *
 * @param standards each standard in words, e.g. {@code AVAILABILITY: warning 99.95, breach 99.9 PERCENT}
 */
public record ProductOfferingThresholdsChanged(String offeringId, String code, List<String> standards)
        implements DomainEvent {

    public static final String TYPE = "catalog.offering-thresholds-changed";

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
