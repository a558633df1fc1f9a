-- Stored rankings are recomputed, as bulk work: the experience criterion now lets a level reach a quarter past its top
-- and scores a shortfall by the cube of the share met (ExperienceCriterion, bench/experience_levels.py); a stored
-- ranking keeps its old scores until it is scored again.
INSERT INTO match_recompute_queue (reason, resume_id, priority, owner_key)
SELECT DISTINCT 'RESUME', resume_id, 1, resume_id::text FROM user_job_matches;
