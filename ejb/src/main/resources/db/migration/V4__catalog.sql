-- The product catalogue (ITU-T 8.3.2.12, TMF620) and the SLA templates of ISO/TS 23535. Portable SQL: runs on H2 2.x
-- and PostgreSQL 15. The catalogue belongs to the provider: no tenant key.

CREATE TABLE product_offering (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    code                VARCHAR(40)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    description         VARCHAR(4000),
    category            VARCHAR(10)  NOT NULL,
    status              VARCHAR(10)  NOT NULL,
    -- support hours (ISO/TS 23535 5.2.2): around the clock, or days between two local times in an IANA zone
    support_all_hours   BOOLEAN      NOT NULL,
    support_days        VARCHAR(70),
    support_from        TIME,
    support_to          TIME,
    support_time_zone   VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT product_offering_code_unique UNIQUE (code),
    CONSTRAINT product_offering_category CHECK (category IN ('IAAS', 'PAAS', 'SAAS')),
    CONSTRAINT product_offering_status CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED')),
    CONSTRAINT product_offering_support CHECK (support_all_hours OR (support_days IS NOT NULL
        AND support_from IS NOT NULL AND support_to IS NOT NULL AND support_time_zone IS NOT NULL
        AND support_to > support_from))
);
CREATE INDEX product_offering_listing ON product_offering (status, category, name);

-- where an offering can run and keep its data (ISO/TS 23535 5.7)
CREATE TABLE product_offering_region (
    offering_id         VARCHAR(36)  NOT NULL REFERENCES product_offering (id),
    region_code         VARCHAR(40)  NOT NULL,
    PRIMARY KEY (offering_id, region_code)
);

-- peer providers and subcontractors involved (ITU-T 8.3.2.15, ISO/TS 23535 5.2.9)
CREATE TABLE product_offering_peer (
    offering_id         VARCHAR(36)  NOT NULL REFERENCES product_offering (id),
    name                VARCHAR(200) NOT NULL,
    peer_role           VARCHAR(20)  NOT NULL,
    PRIMARY KEY (offering_id, name, peer_role)
);

-- a bundle and its component offerings (TMF620 bundledProductOffering)
CREATE TABLE product_offering_bundle (
    bundle_id           VARCHAR(36)  NOT NULL REFERENCES product_offering (id),
    component_id        VARCHAR(36)  NOT NULL REFERENCES product_offering (id),
    PRIMARY KEY (bundle_id, component_id),
    CONSTRAINT product_offering_bundle_not_itself CHECK (bundle_id <> component_id)
);
CREATE INDEX product_offering_bundle_component ON product_offering_bundle (component_id);

-- TMF620 ProductOfferingPrice: recurring (per month), usage (per unit, included quantity, excess rate), one-time
CREATE TABLE product_offering_price (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    offering_id         VARCHAR(36)  NOT NULL REFERENCES product_offering (id),
    name                VARCHAR(200) NOT NULL,
    price_type          VARCHAR(10)  NOT NULL,
    amount              NUMERIC(19,4) NOT NULL,
    currency            CHAR(3)      NOT NULL,
    unit_of_measure     VARCHAR(50),
    included_quantity   NUMERIC(19,4),
    excess_amount       NUMERIC(19,4),
    excess_currency     CHAR(3),
    valid_from          TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT product_offering_price_type CHECK (price_type IN ('RECURRING', 'USAGE', 'ONE_TIME')),
    CONSTRAINT product_offering_price_amount CHECK (amount >= 0 AND (excess_amount IS NULL OR excess_amount >= 0)),
    CONSTRAINT product_offering_price_usage CHECK ((price_type = 'USAGE') = (unit_of_measure IS NOT NULL
        AND included_quantity IS NOT NULL AND excess_amount IS NOT NULL AND excess_currency IS NOT NULL)),
    CONSTRAINT product_offering_price_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX product_offering_price_offering ON product_offering_price (offering_id);

-- the SLA template of an offering (ISO/TS 23535 5.2-5.15): exactly one per offering
CREATE TABLE sla_template (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    offering_id         VARCHAR(36)  NOT NULL REFERENCES product_offering (id),
    availability_percent NUMERIC(7,4) NOT NULL,
    availability_period VARCHAR(10)  NOT NULL,
    target_response_minutes INTEGER  NOT NULL,
    planned_downtime_minutes_month INTEGER NOT NULL,
    disruption_notice_hours INTEGER  NOT NULL,
    backup_frequency_hours INTEGER   NOT NULL,
    rpo_minutes         INTEGER      NOT NULL,
    rto_minutes         INTEGER      NOT NULL,
    excess_usage_billed BOOLEAN      NOT NULL,
    excess_usage_terms  VARCHAR(1000),
    payment_term_days   INTEGER      NOT NULL,
    term_months         INTEGER      NOT NULL,
    auto_renew          BOOLEAN      NOT NULL,
    expiry_notice_days  INTEGER      NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT sla_template_offering_unique UNIQUE (offering_id),
    CONSTRAINT sla_template_availability CHECK (availability_percent BETWEEN 0 AND 100)
);

-- response and repair time per incident priority (ISO/TS 23535 5.5.2, 5.5.4; TMF621 priorities)
CREATE TABLE sla_template_incident_target (
    template_id         VARCHAR(36)  NOT NULL REFERENCES sla_template (id),
    priority            VARCHAR(10)  NOT NULL,
    response_minutes    INTEGER      NOT NULL,
    repair_minutes      INTEGER      NOT NULL,
    PRIMARY KEY (template_id, priority),
    CONSTRAINT sla_template_incident_target_times CHECK (response_minutes > 0 AND repair_minutes >= response_minutes)
);

-- where the customer's data stays (ISO/TS 23535 5.7.1)
CREATE TABLE sla_template_region (
    template_id         VARCHAR(36)  NOT NULL REFERENCES sla_template (id),
    region_code         VARCHAR(40)  NOT NULL,
    PRIMARY KEY (template_id, region_code)
);

-- compensation for missed availability (ISO/TS 23535 5.2.5): below this availability, this share of the monthly
-- recurring charge is credited
CREATE TABLE sla_template_credit_tier (
    template_id         VARCHAR(36)  NOT NULL REFERENCES sla_template (id),
    availability_below_percent NUMERIC(7,4) NOT NULL,
    credit_percent      NUMERIC(7,4) NOT NULL,
    PRIMARY KEY (template_id, availability_below_percent),
    CONSTRAINT sla_template_credit_tier_range CHECK (availability_below_percent BETWEEN 0 AND 100
        AND credit_percent > 0 AND credit_percent <= 100)
);
