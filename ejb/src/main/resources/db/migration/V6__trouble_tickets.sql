-- Customer problem management (ITU-T 10.1.2.1, TMF621 TroubleTicket, ISO/TS 23535 5.5 incident reports).
-- Portable SQL: runs on H2 2.x and PostgreSQL 15. Every table carries the tenant key (customer.code). A ticket refers
-- to its agreement and its change order by id only: those tables belong to other areas.

CREATE TABLE trouble_ticket (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant                VARCHAR(40)   NOT NULL REFERENCES customer (code),
    subscription_id       VARCHAR(36)   NOT NULL REFERENCES subscription (id),
    agreement_id          VARCHAR(36),
    kind                  VARCHAR(30)   NOT NULL,
    ticket_type           VARCHAR(100)  NOT NULL,
    severity              VARCHAR(20)   NOT NULL,
    priority              VARCHAR(20)   NOT NULL,
    target_priority       VARCHAR(20)   NOT NULL,
    impact                VARCHAR(20)   NOT NULL,
    description           VARCHAR(4000) NOT NULL,
    channel               VARCHAR(20)   NOT NULL,
    recorded_by           VARCHAR(100)  NOT NULL,
    on_behalf_of_customer BOOLEAN       NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    status_reason         VARCHAR(500),
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    responded_at          TIMESTAMP WITH TIME ZONE,
    resolved_at           TIMESTAMP WITH TIME ZONE,
    ended_at              TIMESTAMP WITH TIME ZONE,
    root_cause            VARCHAR(4000),
    resolution            VARCHAR(4000),
    customer_acceptance   VARCHAR(500),
    satisfaction_score    INTEGER,
    satisfaction_comment  VARCHAR(2000),
    satisfaction_rated_at TIMESTAMP WITH TIME ZONE,
    change_order_id       VARCHAR(36),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT trouble_ticket_satisfaction_range CHECK (satisfaction_score IS NULL
        OR (satisfaction_score >= 1 AND satisfaction_score <= 5))
);
-- a tenant's queue and the provider's queue by status, newest first; the escalation job reads open tickets
CREATE INDEX trouble_ticket_tenant ON trouble_ticket (tenant, received_at);
CREATE INDEX trouble_ticket_status ON trouble_ticket (status, received_at);
CREATE INDEX trouble_ticket_subscription ON trouble_ticket (subscription_id);

CREATE TABLE trouble_ticket_attachment (
    ticket_id             VARCHAR(36)   NOT NULL REFERENCES trouble_ticket (id),
    url                   VARCHAR(2000) NOT NULL,
    name                  VARCHAR(200)  NOT NULL
);
CREATE INDEX trouble_ticket_attachment_ticket ON trouble_ticket_attachment (ticket_id);

CREATE TABLE trouble_ticket_relationship (
    ticket_id             VARCHAR(36)   NOT NULL REFERENCES trouble_ticket (id),
    related_ticket_id     VARCHAR(36)   NOT NULL REFERENCES trouble_ticket (id),
    PRIMARY KEY (ticket_id, related_ticket_id)
);

CREATE TABLE trouble_ticket_status_change (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    ticket_id             VARCHAR(36)   NOT NULL REFERENCES trouble_ticket (id),
    tenant                VARCHAR(40)   NOT NULL REFERENCES customer (code),
    sequence_number       INTEGER       NOT NULL,
    from_status           VARCHAR(20),
    to_status             VARCHAR(20)   NOT NULL,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by            VARCHAR(100)  NOT NULL,
    actor_kind            VARCHAR(20)   NOT NULL,
    reason                VARCHAR(500),
    CONSTRAINT trouble_ticket_status_change_sequence UNIQUE (ticket_id, sequence_number)
);

CREATE TABLE trouble_ticket_note (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    ticket_id             VARCHAR(36)   NOT NULL REFERENCES trouble_ticket (id),
    tenant                VARCHAR(40)   NOT NULL REFERENCES customer (code),
    visibility            VARCHAR(20)   NOT NULL,
    author                VARCHAR(100)  NOT NULL,
    author_kind           VARCHAR(20)   NOT NULL,
    written_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    note_text             VARCHAR(4000) NOT NULL
);
CREATE INDEX trouble_ticket_note_ticket ON trouble_ticket_note (ticket_id, written_at);

-- a missed deadline is escalated once: the unique key holds also when two instances race
CREATE TABLE trouble_ticket_escalation (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    ticket_id             VARCHAR(36)   NOT NULL REFERENCES trouble_ticket (id),
    tenant                VARCHAR(40)   NOT NULL REFERENCES customer (code),
    deadline_kind         VARCHAR(20)   NOT NULL,
    deadline_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    escalated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    from_priority         VARCHAR(20)   NOT NULL,
    to_priority           VARCHAR(20)   NOT NULL,
    CONSTRAINT trouble_ticket_escalation_once UNIQUE (ticket_id, deadline_kind)
);

CREATE TABLE incident_report (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant                VARCHAR(40)   NOT NULL REFERENCES customer (code),
    ticket_id             VARCHAR(36)   NOT NULL REFERENCES trouble_ticket (id),
    report_kind           VARCHAR(30)   NOT NULL,
    impact_description    VARCHAR(4000) NOT NULL,
    cause_so_far          VARCHAR(4000),
    explanation           VARCHAR(4000),
    countermeasures       VARCHAR(4000),
    author                VARCHAR(100)  NOT NULL,
    written_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at          TIMESTAMP WITH TIME ZONE,
    customer_evaluation   VARCHAR(4000),
    business_impact       VARCHAR(4000),
    evaluated_by          VARCHAR(100),
    evaluated_at          TIMESTAMP WITH TIME ZONE,
    version               BIGINT        NOT NULL
);
CREATE INDEX incident_report_ticket ON incident_report (ticket_id, written_at);
CREATE INDEX incident_report_tenant ON incident_report (tenant, written_at);

CREATE TABLE incident_report_chronology (
    report_id             VARCHAR(36)   NOT NULL REFERENCES incident_report (id),
    occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    entry_text            VARCHAR(1000) NOT NULL
);
CREATE INDEX incident_report_chronology_report ON incident_report_chronology (report_id, occurred_at);
