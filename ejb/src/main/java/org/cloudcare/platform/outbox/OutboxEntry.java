package org.cloudcare.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published event in the outbox table. Created by {@link Outbox#publish} in the business transaction; from then on
 * changed only by the relay, through conditional updates that check the claim token: {@code PENDING} → (attempts,
 * backoff) → {@code DELIVERED} or {@code FAILED}. Delivered events are kept.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEntry {

    static final int MAX_TYPE = 100;
    static final int MAX_AGGREGATE_TYPE = 60;
    static final int MAX_AGGREGATE_ID = 64;
    static final int MAX_TENANT = 40;
    static final int MAX_PAYLOAD = 100_000;
    static final int MAX_ERROR = 2000;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    @Id
    private String id;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String type;

    @Column(name = "aggregate_type", nullable = false, updatable = false)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    private String aggregateId;

    @Column(updatable = false)
    private String tenant;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claim_token")
    private String claimToken;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    protected OutboxEntry() {
    }

    /** A pending event, due at once. Refuses what the table cannot hold: a programming error, not a user's. */
    public OutboxEntry(String type, String aggregateType, String aggregateId, String tenant, String payload,
            OffsetDateTime occurredAt) {
        this.id = UUID.randomUUID().toString();
        this.type = require("event type", type, MAX_TYPE);
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("An event type is <area>.<what happened> in lower case, e.g. "
                    + "customer.suspended, not " + type);
        }
        this.aggregateType = require("aggregate type", aggregateType, MAX_AGGREGATE_TYPE);
        this.aggregateId = require("aggregate id", aggregateId, MAX_AGGREGATE_ID);
        if (tenant != null) {
            require("tenant", tenant, MAX_TENANT);
        }
        this.tenant = tenant;
        this.payload = require("payload", payload, MAX_PAYLOAD);
        this.occurredAt = occurredAt;
        this.status = EventStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = occurredAt;
    }

    static String truncateError(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static String require(String what, String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException("The " + what + " of an outbox event is 1 to " + maxLength
                    + " characters, not " + (value == null ? "null" : value.length() + " characters"));
        }
        return value;
    }

    public String getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getAggregateType() {
        return aggregateType;
    }

    public String getAggregateId() {
        return aggregateId;
    }

    public String getTenant() {
        return tenant;
    }

    public String getPayload() {
        return payload;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public EventStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public OffsetDateTime getClaimedUntil() {
        return claimedUntil;
    }
}
