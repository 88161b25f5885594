-- ITU-T Y.3502 8.3.2.14: a change request the provider accepts becomes a modify customer order, and the two name
-- each other. The ticket's change_order_id exists since V6; the order now names its ticket, one order per ticket.
ALTER TABLE customer_order ADD COLUMN trouble_ticket_id VARCHAR(36) REFERENCES trouble_ticket (id);
CREATE UNIQUE INDEX customer_order_trouble_ticket ON customer_order (trouble_ticket_id);
ALTER TABLE trouble_ticket ADD CONSTRAINT trouble_ticket_change_order FOREIGN KEY (change_order_id)
    REFERENCES customer_order (id);
-- what became of a change order is told to its ticket: found by the order's id
CREATE INDEX trouble_ticket_change_order_idx ON trouble_ticket (change_order_id);
