-- The transactional outbox and the database leases that let several instances share one database (each event is
-- delivered once, each scheduled job key runs once). Portable SQL: runs on H2 2.x and PostgreSQL 15.

-- one domain event, written in the transaction of the business change it announces
CREATE TABLE outbox_event (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    event_type          VARCHAR(100) NOT NULL,
    aggregate_type      VARCHAR(60)  NOT NULL,
    aggregate_id        VARCHAR(64)  NOT NULL,
    tenant              VARCHAR(40),
    payload             VARCHAR(100000) NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    attempts            INTEGER      NOT NULL,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at        TIMESTAMP WITH TIME ZONE,
    last_error          VARCHAR(2000),
    -- the lease of the relay instance delivering it right now (claim_token fences a holder whose lease was taken over)
    claimed_by          VARCHAR(100),
    claim_token         VARCHAR(36),
    claimed_until       TIMESTAMP WITH TIME ZONE
);
-- the relay's query: pending events that are due, oldest due first
CREATE INDEX outbox_event_due ON outbox_event (status, next_attempt_at);
CREATE INDEX outbox_event_aggregate ON outbox_event (aggregate_type, aggregate_id);

-- the delivery log: one line per attempt, kept with the event
CREATE TABLE outbox_delivery (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    event_id            VARCHAR(36)  NOT NULL REFERENCES outbox_event (id),
    attempt             INTEGER      NOT NULL,
    instance            VARCHAR(100) NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome             VARCHAR(20)  NOT NULL,
    error               VARCHAR(2000)
);
CREATE INDEX outbox_delivery_event ON outbox_delivery (event_id, attempt);

-- a named lease (e.g. a scheduled job's period "sla-evaluation:2026-11"): held by one instance until it expires,
-- is released, or is completed for good
CREATE TABLE lease (
    lease_key           VARCHAR(200) NOT NULL PRIMARY KEY,
    holder              VARCHAR(100) NOT NULL,
    token               VARCHAR(36)  NOT NULL,
    acquired_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    leased_until        TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at        TIMESTAMP WITH TIME ZONE
);
