-- Threshold standards per product offering (issue 8, eTOM 1.2.4.1: agreed performance thresholds kept in the product
-- offering repository). Internal to the provider: customers see the SLA template's terms, never these.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
-- One row per objective (and, for incident times, per priority); the set is replaced as a whole. Values are in the
-- objective's unit (PERCENT to four decimals, MILLISECONDS and MINUTES whole numbers), checked by the application.

CREATE TABLE product_offering_threshold (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    offering_id         VARCHAR(36)   NOT NULL REFERENCES product_offering (id),
    objective           VARCHAR(30)   NOT NULL,
    priority            VARCHAR(10),
    unit                VARCHAR(15)   NOT NULL,
    warning_value       NUMERIC(19,4) NOT NULL,
    breach_value        NUMERIC(19,4) NOT NULL,
    CONSTRAINT product_offering_threshold_objective CHECK (objective IN ('AVAILABILITY', 'RESPONSE_TIME',
        'INCIDENT_RESPONSE_TIME', 'REPAIR_TIME')),
    CONSTRAINT product_offering_threshold_unit CHECK (unit IN ('PERCENT', 'MILLISECONDS', 'MINUTES')),
    CONSTRAINT product_offering_threshold_priority CHECK (priority IS NULL
        OR priority IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT product_offering_threshold_values CHECK (warning_value <> breach_value)
);
CREATE INDEX product_offering_threshold_offering ON product_offering_threshold (offering_id);
