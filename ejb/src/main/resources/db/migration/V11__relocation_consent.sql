-- ISO/TS 23535 5.7.2: moving a customer's data to another region needs the customer's agreement.
-- The consent given on a modify item (who, when), and the agreement's data location as moved since, with who/when.
ALTER TABLE customer_order_item ADD COLUMN relocation_consent_by VARCHAR(100);
ALTER TABLE customer_order_item ADD COLUMN relocation_consent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE service_level_agreement ADD COLUMN relocated_to VARCHAR(100);
ALTER TABLE service_level_agreement ADD COLUMN relocated_by VARCHAR(100);
ALTER TABLE service_level_agreement ADD COLUMN relocated_at TIMESTAMP WITH TIME ZONE;
