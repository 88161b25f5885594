-- Orchestration of product orders lives in the database, so that a restarted or second instance carries on: which
-- fulfilment provider handles each product order, and when it takes its next automatic step (null: people act).
-- Portable SQL: H2 2.x and PostgreSQL 15.

ALTER TABLE product_order ADD COLUMN fulfilment VARCHAR(40) DEFAULT 'manual' NOT NULL;
ALTER TABLE product_order ADD COLUMN next_step_at TIMESTAMP WITH TIME ZONE;
-- the orchestration job's query: product orders whose automatic step is due, earliest first
CREATE INDEX product_order_next_step ON product_order (next_step_at);
-- since when an order is in jeopardy (null: it is not); the jeopardy sweep and the provider's watch list query it
ALTER TABLE customer_order ADD COLUMN jeopardy_since TIMESTAMP WITH TIME ZONE;
CREATE INDEX customer_order_jeopardy ON customer_order (jeopardy_since);
