package org.cloudcare.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts a relay run right after a transaction that published events has committed, so that delivery follows within
 * milliseconds instead of at the next scheduled run. Only a shortcut: a lost nudge (crash, busy relay) delays an
 * event until the schedule, it never loses one. A rolled-back transaction does not nudge.
 */
@ApplicationScoped
public class RelayNudge {

    @Inject
    OutboxRelay relay;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxPublished published) {
        relay.nudge();
    }
}
