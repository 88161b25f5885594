-- SLA evaluation (issue 8): planned outages, evaluation results per agreement, period and objective, violations with
-- their service credit, and the progress of an evaluation run. Portable SQL: runs on H2 2.x and PostgreSQL 15.

-- a planned outage of offerings and/or subscriptions (provider-wide: no tenant; customers see the ones that touch
-- their subscriptions)
CREATE TABLE sla_planned_outage (
    id                          VARCHAR(36)   NOT NULL PRIMARY KEY,
    description                 VARCHAR(1000) NOT NULL,
    window_start                TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end                  TIMESTAMP WITH TIME ZONE NOT NULL,
    announced_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    scheduled_by                VARCHAR(100)  NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    cancelled_at                TIMESTAMP WITH TIME ZONE,
    cancelled_by                VARCHAR(100),
    cancellation_reason         VARCHAR(500),
    version                     BIGINT        NOT NULL,
    CONSTRAINT sla_planned_outage_window CHECK (window_end > window_start)
);
CREATE INDEX sla_planned_outage_start ON sla_planned_outage (window_start);

CREATE TABLE sla_planned_outage_offering (
    outage_id                   VARCHAR(36)   NOT NULL REFERENCES sla_planned_outage (id),
    product_offering_id         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (outage_id, product_offering_id)
);
CREATE INDEX sla_planned_outage_offering_id ON sla_planned_outage_offering (product_offering_id);

CREATE TABLE sla_planned_outage_subscription (
    outage_id                   VARCHAR(36)   NOT NULL REFERENCES sla_planned_outage (id),
    subscription_id             VARCHAR(36)   NOT NULL,
    PRIMARY KEY (outage_id, subscription_id)
);
CREATE INDEX sla_planned_outage_subscription_id ON sla_planned_outage_subscription (subscription_id);

-- one evaluation run per period (yyyy-MM): its progress, so a long run reports it and resumes after the last
-- agreement done (agreements are taken in id order)
CREATE TABLE sla_evaluation_run (
    period                      VARCHAR(7)    NOT NULL PRIMARY KEY,
    state                       VARCHAR(20)   NOT NULL,
    agreements_total            INTEGER       NOT NULL,
    agreements_done             INTEGER       NOT NULL,
    last_agreement_id           VARCHAR(36),
    passes                      INTEGER       NOT NULL,
    started_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by                  VARCHAR(100)  NOT NULL,
    completed_at                TIMESTAMP WITH TIME ZONE,
    version                     BIGINT        NOT NULL
);

-- delivered against contractual for one objective of one agreement and period; replaced by every evaluation
CREATE TABLE sla_evaluation_result (
    id                          VARCHAR(100)  NOT NULL PRIMARY KEY,
    agreement_id                VARCHAR(36)   NOT NULL REFERENCES service_level_agreement (id),
    period                      VARCHAR(7)    NOT NULL,
    objective                   VARCHAR(40)   NOT NULL,
    tenant                      VARCHAR(40)   NOT NULL,
    customer_id                 VARCHAR(36)   NOT NULL,
    subscription_id             VARCHAR(36)   NOT NULL,
    window_start                TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end                  TIMESTAMP WITH TIME ZONE NOT NULL,
    unit                        VARCHAR(30)   NOT NULL,
    contractual_value           NUMERIC(19,4),
    delivered_value             NUMERIC(19,4),
    target_minutes              INTEGER,
    basis                       BIGINT        NOT NULL,
    met                         BOOLEAN,
    period_closed               BOOLEAN       NOT NULL,
    evaluated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sla_evaluation_result_once UNIQUE (agreement_id, period, objective)
);
CREATE INDEX sla_evaluation_result_tenant ON sla_evaluation_result (tenant, period);

-- an objective missed in a closed period, with the service credit billing is to apply
CREATE TABLE sla_violation (
    id                          VARCHAR(36)   NOT NULL PRIMARY KEY,
    agreement_id                VARCHAR(36)   NOT NULL REFERENCES service_level_agreement (id),
    period                      VARCHAR(7)    NOT NULL,
    objective                   VARCHAR(40)   NOT NULL,
    tenant                      VARCHAR(40)   NOT NULL,
    customer_id                 VARCHAR(36)   NOT NULL,
    subscription_id             VARCHAR(36)   NOT NULL,
    unit                        VARCHAR(30)   NOT NULL,
    contractual_value           NUMERIC(19,4) NOT NULL,
    delivered_value             NUMERIC(19,4) NOT NULL,
    credit_percent              NUMERIC(7,4)  NOT NULL,
    credit_amount               NUMERIC(19,4),
    credit_currency             CHAR(3),
    status                      VARCHAR(20)   NOT NULL,
    recorded_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by                 VARCHAR(100)  NOT NULL,
    version                     BIGINT        NOT NULL,
    CONSTRAINT sla_violation_once UNIQUE (agreement_id, period, objective)
);
CREATE INDEX sla_violation_tenant ON sla_violation (tenant, period);
CREATE INDEX sla_violation_customer ON sla_violation (customer_id, period);
