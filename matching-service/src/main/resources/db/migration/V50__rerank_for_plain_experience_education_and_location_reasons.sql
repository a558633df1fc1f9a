-- Stored rankings are recomputed, as bulk work: experience and education reasons now read in years and degrees
-- (PlainWords), and every match says where the job is against where the person works from (LocationCriterion.judge);
-- a stored ranking keeps its old reasons until it is scored again. Scores do not change.
INSERT INTO match_recompute_queue (reason, resume_id, priority, owner_key)
SELECT DISTINCT 'RESUME', resume_id, 1, resume_id::text FROM user_job_matches;
