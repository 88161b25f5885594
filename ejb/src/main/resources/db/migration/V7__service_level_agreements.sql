-- Cloud service agreements (ISO/TS 23535 5.2-5.15): one per subscription, made from the offering's SLA template when
-- the subscription starts. Portable SQL: runs on H2 2.x and PostgreSQL 15. The agreement keeps a copy of the
-- template's terms (the same columns as sla_template in V4), so a later change of the template never changes it;
-- subscriptions, offerings and templates are referred to by id only, without a foreign key (nothing relates an
-- agreement to its subscription for EclipseLink to order the inserts by, and a template may change or go).

CREATE TABLE service_level_agreement (
    id                          VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant                      VARCHAR(40)  NOT NULL REFERENCES customer (code),
    customer_id                 VARCHAR(36)  NOT NULL REFERENCES customer (id),
    subscription_id             VARCHAR(36)  NOT NULL,
    product_offering_id         VARCHAR(36)  NOT NULL,
    template_id                 VARCHAR(36)  NOT NULL,
    template_version            BIGINT       NOT NULL,
    name                        VARCHAR(300) NOT NULL,
    status                      VARCHAR(20)  NOT NULL,
    status_reason               VARCHAR(500),
    start_date                  TIMESTAMP WITH TIME ZONE NOT NULL,
    expiry_date                 TIMESTAMP WITH TIME ZONE NOT NULL,
    expiry_notice_date          TIMESTAMP WITH TIME ZONE NOT NULL,
    renewal_date                TIMESTAMP WITH TIME ZONE,
    ended_at                    TIMESTAMP WITH TIME ZONE,
    availability_percent        NUMERIC(7,4) NOT NULL,
    availability_period         VARCHAR(10)  NOT NULL,
    target_response_minutes     INTEGER      NOT NULL,
    planned_downtime_minutes_month INTEGER   NOT NULL,
    disruption_notice_hours     INTEGER      NOT NULL,
    backup_frequency_hours      INTEGER      NOT NULL,
    rpo_minutes                 INTEGER      NOT NULL,
    rto_minutes                 INTEGER      NOT NULL,
    excess_usage_billed         BOOLEAN      NOT NULL,
    excess_usage_terms          VARCHAR(1000),
    payment_term_days           INTEGER      NOT NULL,
    term_months                 INTEGER      NOT NULL,
    auto_renew                  BOOLEAN      NOT NULL,
    expiry_notice_days          INTEGER      NOT NULL,
    version                     BIGINT       NOT NULL,
    -- one agreement per subscription
    CONSTRAINT service_level_agreement_subscription UNIQUE (subscription_id),
    CONSTRAINT service_level_agreement_dates CHECK (expiry_date > start_date)
);
CREATE INDEX service_level_agreement_customer ON service_level_agreement (customer_id, start_date);
CREATE INDEX service_level_agreement_tenant ON service_level_agreement (tenant);

CREATE TABLE sla_agreement_incident_target (
    agreement_id                VARCHAR(36)  NOT NULL REFERENCES service_level_agreement (id),
    priority                    VARCHAR(10)  NOT NULL,
    response_minutes            INTEGER      NOT NULL,
    repair_minutes              INTEGER      NOT NULL,
    PRIMARY KEY (agreement_id, priority)
);

CREATE TABLE sla_agreement_region (
    agreement_id                VARCHAR(36)  NOT NULL REFERENCES service_level_agreement (id),
    region_code                 VARCHAR(40)  NOT NULL,
    PRIMARY KEY (agreement_id, region_code)
);

CREATE TABLE sla_agreement_credit_tier (
    agreement_id                VARCHAR(36)  NOT NULL REFERENCES service_level_agreement (id),
    availability_below_percent  NUMERIC(7,4) NOT NULL,
    credit_percent              NUMERIC(7,4) NOT NULL,
    PRIMARY KEY (agreement_id, availability_below_percent)
);

-- a negotiated change of one objective (ISO/TS 23535 5.1.1.4 b 3), never changed or removed
CREATE TABLE sla_agreement_override (
    id                          VARCHAR(36)  NOT NULL PRIMARY KEY,
    agreement_id                VARCHAR(36)  NOT NULL REFERENCES service_level_agreement (id),
    position                    INTEGER      NOT NULL,
    objective                   VARCHAR(40)  NOT NULL,
    old_value                   NUMERIC(12,4) NOT NULL,
    new_value                   NUMERIC(12,4) NOT NULL,
    reason                      VARCHAR(500) NOT NULL,
    negotiated_by               VARCHAR(100) NOT NULL,
    negotiated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sla_agreement_override_position UNIQUE (agreement_id, position)
);
