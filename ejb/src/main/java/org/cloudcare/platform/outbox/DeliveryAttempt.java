package org.cloudcare.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the delivery log: which instance tried to deliver which event, when, and how it ended. */
@Entity
@Table(name = "outbox_delivery")
public class DeliveryAttempt {

    @Id
    private String id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(nullable = false, updatable = false)
    private int attempt;

    @Column(nullable = false, updatable = false)
    private String instance;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private OffsetDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeliveryOutcome outcome;

    @Column(updatable = false)
    private String error;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(Claim claim, OffsetDateTime startedAt, OffsetDateTime finishedAt, DeliveryOutcome outcome,
            String error) {
        this.id = UUID.randomUUID().toString();
        this.eventId = claim.event().id();
        this.attempt = claim.event().attempt();
        this.instance = claim.instance();
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.outcome = outcome;
        this.error = OutboxEntry.truncateError(error);
    }

    public String getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public int getAttempt() {
        return attempt;
    }

    public String getInstance() {
        return instance;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public DeliveryOutcome getOutcome() {
        return outcome;
    }

    public String getError() {
        return error;
    }
}
