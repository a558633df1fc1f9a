-- Stored rankings are recomputed, as bulk work: a city of the person's city's name in another state (Portland, OR for
-- Portland, ME) is another place, for the hard filters and the location score (Regions); a stored ranking kept it as
-- the person's own city until it is scored again.
INSERT INTO match_recompute_queue (reason, resume_id, priority, owner_key)
SELECT DISTINCT 'RESUME', resume_id, 1, resume_id::text FROM user_job_matches;
