package org.cloudcare.platform.outbox;

import java.time.OffsetDateTime;

/**
 * What observers receive, after the transaction that published the event has committed. {@code attempt} is 1 for the
 * first delivery and higher for retries, so an observer can tell a redelivery. The payload is the JSON of the
 * published {@link DomainEvent}.
 */
public record OutboxEvent(String id, String type, String aggregateType, String aggregateId, String tenant,
        OffsetDateTime occurredAt, String payload, int attempt) {

    /** The published event, read back from its JSON (e.g. {@code payloadAs(CustomerSuspended.class)}). */
    public <T> T payloadAs(Class<T> type) {
        return EventJson.fromJson(payload, type);
    }
}
