package org.cloudcare.platform.outbox;

/**
 * Something that happened in a business area and that other areas (or, later, customers' webhooks) want to know
 * about. Implement it with a record; the record is the payload, serialised with JSON-B, and observers read it back with
 * {@link OutboxEvent#payloadAs(Class)}:
 *
 * <pre>{@code
 * public record CustomerSuspended(String customerId, String tenant, String reason) implements DomainEvent {
 *     public static final String TYPE = "customer.suspended";
 *     public String eventType() { return TYPE; }
 *     public String aggregateType() { return "Customer"; }
 *     public String aggregateId() { return customerId; }
 * }
 * }</pre>
 *
 * Keep payloads small and free of secrets: they are stored, logged on failure and kept after delivery.
 */
public interface DomainEvent {

    /**
     * The stable name observers select with {@link EventType}, {@code <area>.<what happened>} in lower case, e.g.
     * {@code customer.suspended}. Renaming it breaks observers and stored events.
     */
    String eventType();

    /** The kind of object the event is about, e.g. {@code Customer}, {@code ProductOrder}. */
    String aggregateType();

    /** The id of that object. */
    String aggregateId();

    /** The customer (tenant) code the event belongs to, or null for provider-wide events. */
    String tenant();
}
