-- Orchestration of product orders lives in the database, so that a restarted or second instance carries on: which
-- fulfilment provider handles each product order, and when it takes its next automatic step (null: people act).
-- Portable SQL: H2 2.x and PostgreSQL 15.

ALTER TABLE product_order ADD COLUMN fulfilment VARCHAR(40) DEFAULT 'manual' NOT NULL;
ALTER TABLE product_order ADD COLUMN next_step_at TIMESTAMP WITH TIME ZONE;
-- the orchestration job's query: product orders whose automatic step is due, earliest first
CREATE INDEX product_order_next_step ON product_order (next_step_at);
-- selma's list of orders in jeopardy, newest first (the sweep itself uses customer_order_state)
CREATE INDEX customer_order_jeopardy ON customer_order (jeopardy, placed_at);
