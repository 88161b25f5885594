-- Measurements pushed by the monitoring system (issue 8, "measurements in"), kept as received for the evaluation of
-- the agreements. Portable SQL: runs on H2 2.x and PostgreSQL 15.
-- A batch is recorded once: its id, chosen by the monitoring system, is the primary key, so a resend (also two sends
-- racing) stores nothing twice. A row is keyed by its batch and its position in the batch - no surrogate id per row -
-- and has one index for the evaluation (subscription, time); nothing else, so that 10,000-row batches insert fast.
-- No foreign keys on the rows: the boundary checks every subscription id once per batch and writes the batch row in
-- the same transaction, and a per-row key lookup would be paid on every insert.

CREATE TABLE sla_measurement_batch (
    batch_id                    VARCHAR(64)  NOT NULL PRIMARY KEY,
    received_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by                 VARCHAR(100) NOT NULL,
    availability_samples        INTEGER      NOT NULL,
    response_time_samples       INTEGER      NOT NULL,
    outage_events               INTEGER      NOT NULL
);

-- up or down for the whole interval [interval_start, interval_end)
CREATE TABLE sla_availability_sample (
    batch_id                    VARCHAR(64)  NOT NULL,
    row_index                   INTEGER      NOT NULL,
    subscription_id             VARCHAR(36)  NOT NULL,
    interval_start              TIMESTAMP WITH TIME ZONE NOT NULL,
    interval_end                TIMESTAMP WITH TIME ZONE NOT NULL,
    available                   BOOLEAN      NOT NULL,
    PRIMARY KEY (batch_id, row_index),
    CONSTRAINT sla_availability_sample_interval CHECK (interval_end > interval_start)
);
CREATE INDEX sla_availability_sample_subscription ON sla_availability_sample (subscription_id, interval_start);

CREATE TABLE sla_response_time_sample (
    batch_id                    VARCHAR(64)  NOT NULL,
    row_index                   INTEGER      NOT NULL,
    subscription_id             VARCHAR(36)  NOT NULL,
    measured_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    milliseconds                INTEGER      NOT NULL,
    PRIMARY KEY (batch_id, row_index),
    CONSTRAINT sla_response_time_sample_milliseconds CHECK (milliseconds >= 0)
);
CREATE INDEX sla_response_time_sample_subscription ON sla_response_time_sample (subscription_id, measured_at);

-- an outage as the monitoring system saw it begin (START) or end (END)
CREATE TABLE sla_outage_event (
    batch_id                    VARCHAR(64)  NOT NULL,
    row_index                   INTEGER      NOT NULL,
    subscription_id             VARCHAR(36)  NOT NULL,
    kind                        VARCHAR(5)   NOT NULL,
    occurred_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, row_index)
);
CREATE INDEX sla_outage_event_subscription ON sla_outage_event (subscription_id, occurred_at);
