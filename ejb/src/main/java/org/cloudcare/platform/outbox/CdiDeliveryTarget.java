package org.cloudcare.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

/**
 * Delivers to observers inside CloudCare: fires the event as a synchronous CDI event qualified with its
 * {@link EventType}. Observers run one after the other in the delivery transaction (no caller identity: they call
 * control beans or run-as beans, not role-checked boundaries). Their database changes commit together with the
 * delivered mark; when one observer throws, all of them see the event again on the retry, so observers are idempotent.
 */
@ApplicationScoped
public class CdiDeliveryTarget implements DeliveryTarget {

    @Inject
    @Any
    Event<OutboxEvent> events;

    @Override
    public void deliver(OutboxEvent event) {
        events.select(EventType.Literal.of(event.type())).fire(event);
    }
}
