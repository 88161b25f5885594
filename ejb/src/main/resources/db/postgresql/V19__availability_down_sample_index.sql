-- The evaluation reads only the down samples of a subscription (its down time merged into runs); the up samples, nearly
-- all of a month, are never read one by one. An index of the down samples alone is a few pages however many samples
-- come in: the down-time query no longer walks a month of up samples per subscription (515 ms for 100 agreements of
-- 1,000 samples each before, a few ms after), and an up sample, the common insert, touches no index but the key.
-- PostgreSQL only: H2 has no partial index and keeps V10's index (H2 serves demos, not volume).
DROP INDEX sla_availability_sample_subscription;
CREATE INDEX sla_availability_sample_down ON sla_availability_sample (subscription_id, interval_start)
    WHERE available = FALSE;
