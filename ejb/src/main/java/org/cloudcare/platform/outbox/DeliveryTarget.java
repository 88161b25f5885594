package org.cloudcare.platform.outbox;

/**
 * Where the relay delivers events. There is one target today, {@link CdiDeliveryTarget} (observers inside CloudCare);
 * a webhook target comes later. The target runs inside the delivery transaction, which also marks the event
 * delivered: when it throws, both roll back and the event is retried after the backoff.
 */
public interface DeliveryTarget {

    /** Delivers the event or throws; must not swallow failures it wants retried. */
    void deliver(OutboxEvent event);
}
