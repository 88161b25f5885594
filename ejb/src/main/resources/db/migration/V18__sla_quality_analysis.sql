-- Quality analysis log (issue 8, eTOM 1.2.4.1 "logging the results"): one row per trend or aggregate analysis run,
-- with the offerings it concerns. Provider-internal, no tenant. Portable SQL: runs on H2 2.x and PostgreSQL 15.

CREATE TABLE sla_quality_analysis (
    id                          VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind                        VARCHAR(20)   NOT NULL,
    category                    VARCHAR(10),
    region_code                 VARCHAR(40),
    objective                   VARCHAR(40)   NOT NULL,
    period_from                 VARCHAR(7)    NOT NULL,
    period_to                   VARCHAR(7)    NOT NULL,
    run_by                      VARCHAR(100)  NOT NULL,
    run_at                      TIMESTAMP WITH TIME ZONE NOT NULL,
    deterioration_flagged       BOOLEAN       NOT NULL,
    findings                    VARCHAR(4000) NOT NULL,
    CONSTRAINT sla_quality_analysis_kind CHECK (kind IN ('TREND', 'AGGREGATE'))
);
CREATE INDEX sla_quality_analysis_run_at ON sla_quality_analysis (run_at);

CREATE TABLE sla_quality_analysis_offering (
    analysis_id                 VARCHAR(36)   NOT NULL REFERENCES sla_quality_analysis (id),
    product_offering_id         VARCHAR(36)   NOT NULL,
    PRIMARY KEY (analysis_id, product_offering_id)
);
CREATE INDEX sla_quality_analysis_offering_id ON sla_quality_analysis_offering (product_offering_id);
