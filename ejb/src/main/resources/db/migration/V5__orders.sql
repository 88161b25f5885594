-- Customer order management (ITU-T 10.1.1.1, TMF622) and what completed orders change in the product inventory
-- (TMF637). Portable SQL: runs on H2 2.x and PostgreSQL 15. (V4 is the catalogue's.) Offerings are referred to by
-- id only, without a foreign key, so that this migration does not depend on the catalogue's tables.

-- a customer's order, placed once per idempotency key
CREATE TABLE customer_order (
    id                          VARCHAR(36)  NOT NULL PRIMARY KEY,
    customer_id                 VARCHAR(36)  NOT NULL REFERENCES customer (id),
    tenant                      VARCHAR(40)  NOT NULL REFERENCES customer (code),
    idempotency_key             VARCHAR(100) NOT NULL,
    fingerprint                 VARCHAR(64)  NOT NULL,
    requested_completion_date   TIMESTAMP WITH TIME ZONE,
    state                       VARCHAR(30)  NOT NULL,
    state_before_cancellation   VARCHAR(30),
    cancellation_reason         VARCHAR(500),
    cancellation_denial_reason  VARCHAR(500),
    jeopardy                    BOOLEAN      NOT NULL,
    placed_by                   VARCHAR(100) NOT NULL,
    placed_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at                   TIMESTAMP WITH TIME ZONE,
    version                     BIGINT       NOT NULL,
    -- one order per key and tenant: two concurrent submissions with one key cannot both insert
    CONSTRAINT customer_order_idempotency UNIQUE (tenant, idempotency_key)
);
CREATE INDEX customer_order_customer ON customer_order (customer_id, placed_at);
CREATE INDEX customer_order_state ON customer_order (state, requested_completion_date);

CREATE TABLE customer_order_item (
    id                          VARCHAR(36)  NOT NULL PRIMARY KEY,
    order_id                    VARCHAR(36)  NOT NULL REFERENCES customer_order (id),
    tenant                      VARCHAR(40)  NOT NULL REFERENCES customer (code),
    position                    INTEGER      NOT NULL,
    action                      VARCHAR(10)  NOT NULL,
    product_offering_id         VARCHAR(64)  NOT NULL,
    quantity                    INTEGER,
    region_code                 VARCHAR(100),
    requested_completion_date   TIMESTAMP WITH TIME ZONE,
    subscription_id             VARCHAR(36)  REFERENCES subscription (id),
    CONSTRAINT customer_order_item_position UNIQUE (order_id, position)
);

-- the state history of an order: who moved it from which state to which, when and why
CREATE TABLE customer_order_state_change (
    id                          VARCHAR(36)  NOT NULL PRIMARY KEY,
    order_id                    VARCHAR(36)  NOT NULL REFERENCES customer_order (id),
    tenant                      VARCHAR(40)  NOT NULL REFERENCES customer (code),
    sequence                    INTEGER      NOT NULL,
    from_state                  VARCHAR(30),
    to_state                    VARCHAR(30)  NOT NULL,
    actor                       VARCHAR(100) NOT NULL,
    changed_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason                      VARCHAR(500),
    CONSTRAINT customer_order_state_change_sequence UNIQUE (order_id, sequence)
);

-- one product order per item, or per component of a bundle item
CREATE TABLE product_order (
    id                          VARCHAR(36)  NOT NULL PRIMARY KEY,
    order_id                    VARCHAR(36)  NOT NULL REFERENCES customer_order (id),
    tenant                      VARCHAR(40)  NOT NULL REFERENCES customer (code),
    position                    INTEGER      NOT NULL,
    item_id                     VARCHAR(36)  NOT NULL REFERENCES customer_order_item (id),
    item_position               INTEGER      NOT NULL,
    action                      VARCHAR(10)  NOT NULL,
    product_offering_id         VARCHAR(64)  NOT NULL,
    bundle_offering_id          VARCHAR(64),
    quantity                    INTEGER,
    region_code                 VARCHAR(100),
    subscription_id             VARCHAR(36)  REFERENCES subscription (id),
    requested_completion_date   TIMESTAMP WITH TIME ZONE,
    expected_completion_date    TIMESTAMP WITH TIME ZONE,
    state                       VARCHAR(30)  NOT NULL,
    state_reason                VARCHAR(500),
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    version                     BIGINT       NOT NULL,
    CONSTRAINT product_order_position UNIQUE (order_id, position)
);
-- the fulfilment queue: open product orders by state, oldest first
CREATE INDEX product_order_state ON product_order (state, created_at);

CREATE TABLE product_order_milestone (
    product_order_id            VARCHAR(36)  NOT NULL REFERENCES product_order (id),
    name                        VARCHAR(100) NOT NULL,
    reached_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX product_order_milestone_order ON product_order_milestone (product_order_id, reached_at);

-- the product inventory learns what was ordered: offering, quantity, agreement, and the order that created it
ALTER TABLE subscription ADD COLUMN product_offering_id VARCHAR(64);
ALTER TABLE subscription ADD COLUMN quantity INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE subscription ADD COLUMN agreement_id VARCHAR(36);
ALTER TABLE subscription ADD COLUMN order_id VARCHAR(36) REFERENCES customer_order (id);
ALTER TABLE subscription ADD COLUMN status_reason VARCHAR(500);
