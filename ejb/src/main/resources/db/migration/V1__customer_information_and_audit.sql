-- Customer information (ITU-T 10.1.3.1) and the audit trail. Portable SQL: runs on H2 2.x and PostgreSQL 15.

CREATE TABLE customer (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    code                VARCHAR(40)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(30)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    status_reason       VARCHAR(500),
    language            VARCHAR(5)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT customer_code_unique UNIQUE (code)
);

CREATE TABLE customer_notification_channel (
    customer_id         VARCHAR(36)  NOT NULL REFERENCES customer (id),
    channel             VARCHAR(20)  NOT NULL,
    PRIMARY KEY (customer_id, channel)
);

CREATE TABLE customer_contact (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    customer_id         VARCHAR(36)  NOT NULL REFERENCES customer (id),
    name                VARCHAR(200) NOT NULL,
    contact_role        VARCHAR(100) NOT NULL,
    email               VARCHAR(254) NOT NULL,
    phone               VARCHAR(40)
);
CREATE INDEX customer_contact_customer ON customer_contact (customer_id);

-- the product inventory (TMF637 Product): what a customer has, and where its data lives
CREATE TABLE subscription (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    customer_id         VARCHAR(36)  NOT NULL REFERENCES customer (id),
    name                VARCHAR(200) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    region              VARCHAR(100) NOT NULL,
    start_date          TIMESTAMP WITH TIME ZONE NOT NULL,
    termination_date    TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL
);
CREATE INDEX subscription_customer ON subscription (customer_id, start_date);

-- every contact with the customer, by any channel (TMF683 PartyInteraction)
CREATE TABLE interaction (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    customer_id         VARCHAR(36)  NOT NULL REFERENCES customer (id),
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    channel             VARCHAR(20)  NOT NULL,
    direction           VARCHAR(20)  NOT NULL,
    subject             VARCHAR(200) NOT NULL,
    description         VARCHAR(4000),
    recorded_by         VARCHAR(100) NOT NULL,
    related_entity_type VARCHAR(50),
    related_entity_id   VARCHAR(36)
);
CREATE INDEX interaction_customer ON interaction (customer_id, occurred_at);

-- who changed what, when; and reads of health-sensitive data (query history, ISO/TS 23535 5.8)
CREATE TABLE audit_entry (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor               VARCHAR(100) NOT NULL,
    tenant              VARCHAR(40),
    action              VARCHAR(60)  NOT NULL,
    entity_type         VARCHAR(60)  NOT NULL,
    entity_id           VARCHAR(64)  NOT NULL,
    detail              VARCHAR(2000)
);
CREATE INDEX audit_entry_tenant ON audit_entry (tenant, occurred_at);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id);
