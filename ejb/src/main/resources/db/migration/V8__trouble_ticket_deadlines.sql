-- The planned deadlines of a ticket (TroubleTicket.plan): the provider's queue sorts by the earliest running deadline,
-- and the escalation job reads only tickets whose not yet escalated deadline has passed, instead of computing the
-- business-hours clocks of every open ticket each minute.
ALTER TABLE trouble_ticket ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE trouble_ticket ADD COLUMN escalation_due_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX trouble_ticket_next_due ON trouble_ticket (next_due_at);
CREATE INDEX trouble_ticket_escalation_due ON trouble_ticket (escalation_due_at);
