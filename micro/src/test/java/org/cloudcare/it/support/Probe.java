package org.cloudcare.it.support;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * A domain event for the outbox tests. {@code failFirst}: how many delivery attempts the {@link RecordingObserver}
 * refuses before it takes the event (for the retry test).
 */
public record Probe(String eventType, String aggregateId, String tenant, int failFirst) implements DomainEvent {

    public static final String RECORDED = "it.recorded";
    public static final String FLAKY = "it.flaky";
    public static final String RACE = "it.race";

    @Override
    public String aggregateType() {
        return "ItProbe";
    }
}
