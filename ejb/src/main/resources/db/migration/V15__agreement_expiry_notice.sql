-- The expiry notice of an agreement's current term (ISO/TS 23535 5.15): when it was sent, null until then and again
-- after a renewal starts the next term. The lifecycle job looks for active agreements whose notice date has come and
-- whose notice was not sent; the index serves that look-up. Portable SQL: runs on H2 2.x and PostgreSQL 15.
ALTER TABLE service_level_agreement ADD COLUMN expiry_notice_sent_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX service_level_agreement_notice_due ON service_level_agreement (status, expiry_notice_date);
