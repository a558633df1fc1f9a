-- A posting that says no formal education is needed ("Education: no formal education required", "no degree needed")
-- now asks for none (PostingRequirements), a requirement every candidate meets (QualificationCriterion); before, it
-- was read as stating nothing and scored at the neutral prior. Jobs with no education read whose text speaks of
-- education, a degree or a diploma go back to the enrichment queue as bulk work of their source, so their education
-- is read again; every stored ranking is recomputed, as bulk work, for the jobs whose structured fields already said
-- NONE. Until then both keep their old readings and scores.
INSERT INTO enrichment_queue (job_id, job_content_hash, priority, owner_key)
SELECT id, content_hash, 1, source FROM jobs
WHERE embedding IS NOT NULL AND minimum_education IS NULL AND description ~* '(education|degree|diploma)'
ON CONFLICT (job_id) DO UPDATE SET job_content_hash = EXCLUDED.job_content_hash, attempts = 0, status = 'pending',
                                   run_after = now(), last_error = NULL, lease_until = NULL, lease_token = NULL;
INSERT INTO match_recompute_queue (reason, resume_id, priority, owner_key)
SELECT DISTINCT 'RESUME', resume_id, 1, resume_id::text FROM user_job_matches;
