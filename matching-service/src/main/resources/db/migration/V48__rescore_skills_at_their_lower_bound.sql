-- The skills sub-score is now the share of a job's skills shown taken at the lower end of its 95 % Wilson interval
-- over the number asked (MatchScorer.skillsScore): stored rankings scored with the plain share are recomputed, as bulk
-- work, so that their scores are the ones their explanations give.
INSERT INTO match_recompute_queue (reason, resume_id, priority, owner_key)
SELECT DISTINCT 'RESUME', resume_id, 1, resume_id::text FROM user_job_matches;
