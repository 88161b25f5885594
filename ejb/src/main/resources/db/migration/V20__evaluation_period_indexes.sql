-- Results are read by period (the provider's at-risk list and analyses) or by agreement (the unique key), never by
-- tenant: the (tenant, period) index becomes (period, agreement_id). An evaluation chunk does not look its results up
-- by period: a new month is a value the statistics have not seen, PostgreSQL guesses a few dozen rows for it, and
-- each chunk would scan every result of the month written so far (see SlaEvaluator).
DROP INDEX sla_evaluation_result_tenant;
CREATE INDEX sla_evaluation_result_period ON sla_evaluation_result (period, agreement_id);
