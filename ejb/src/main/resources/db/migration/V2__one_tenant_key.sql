-- One tenant key on every tenant-owned table: the customer code, which is also the customer_id claim of the
-- customer's users and the tenant of the audit trail. Child tables carried only the customer's UUID, so a tenant
-- filter had to join the customer; now every tenant-owned row can be filtered by itself. customer.code is the key of
-- the customer row itself; the foreign keys keep every copy equal to it.

ALTER TABLE customer_contact ADD COLUMN tenant VARCHAR(40);
UPDATE customer_contact SET tenant = (SELECT c.code FROM customer c WHERE c.id = customer_contact.customer_id);
ALTER TABLE customer_contact ALTER COLUMN tenant SET NOT NULL;
ALTER TABLE customer_contact ADD CONSTRAINT customer_contact_tenant FOREIGN KEY (tenant) REFERENCES customer (code);

ALTER TABLE subscription ADD COLUMN tenant VARCHAR(40);
UPDATE subscription SET tenant = (SELECT c.code FROM customer c WHERE c.id = subscription.customer_id);
ALTER TABLE subscription ALTER COLUMN tenant SET NOT NULL;
ALTER TABLE subscription ADD CONSTRAINT subscription_tenant FOREIGN KEY (tenant) REFERENCES customer (code);

ALTER TABLE interaction ADD COLUMN tenant VARCHAR(40);
UPDATE interaction SET tenant = (SELECT c.code FROM customer c WHERE c.id = interaction.customer_id);
ALTER TABLE interaction ALTER COLUMN tenant SET NOT NULL;
ALTER TABLE interaction ADD CONSTRAINT interaction_tenant FOREIGN KEY (tenant) REFERENCES customer (code);
