-- A closed month evaluated again that meets an objective withdraws the violation recorded for it before (its credit
-- is not to be applied); the row stays, with when and why. status already takes WITHDRAWN (VARCHAR(20)).
ALTER TABLE sla_violation ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sla_violation ADD COLUMN withdrawal_reason VARCHAR(500);
