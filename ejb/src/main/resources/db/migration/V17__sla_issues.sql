-- Suspected SLA issues (issue 8, ITU-T Y.3525 10.1.2.2 SLA issue reception): reported by a customer for one
-- agreement, month and objective, analysed by the provider's service manager and confirmed (naming the violation that
-- stands for it) or rejected with a reason. Portable SQL: runs on H2 2.x and PostgreSQL 15.
CREATE TABLE sla_issue (
    id                          VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant                      VARCHAR(40)   NOT NULL,
    customer_id                 VARCHAR(36)   NOT NULL,
    agreement_id                VARCHAR(36)   NOT NULL REFERENCES service_level_agreement (id),
    subscription_id             VARCHAR(36)   NOT NULL,
    period                      VARCHAR(7)    NOT NULL,
    objective                   VARCHAR(40)   NOT NULL,
    description                 VARCHAR(4000) NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    reported_by                 VARCHAR(100)  NOT NULL,
    reported_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    analysis_started_by         VARCHAR(100),
    analysis_started_at         TIMESTAMP WITH TIME ZONE,
    decided_by                  VARCHAR(100),
    decided_at                  TIMESTAMP WITH TIME ZONE,
    delivered_value             NUMERIC(19,4),
    rejection_reason            VARCHAR(1000),
    violation_id                VARCHAR(36)   REFERENCES sla_violation (id),
    version                     BIGINT        NOT NULL
);
CREATE INDEX sla_issue_tenant ON sla_issue (tenant, reported_at);
CREATE INDEX sla_issue_customer ON sla_issue (customer_id, period);

-- the evidence, as links (like a ticket's attachments: CloudCare stores no files)
CREATE TABLE sla_issue_evidence (
    issue_id                    VARCHAR(36)   NOT NULL REFERENCES sla_issue (id),
    seq                         INTEGER       NOT NULL,
    url                         VARCHAR(2000) NOT NULL,
    name                        VARCHAR(200)  NOT NULL,
    PRIMARY KEY (issue_id, seq)
);
