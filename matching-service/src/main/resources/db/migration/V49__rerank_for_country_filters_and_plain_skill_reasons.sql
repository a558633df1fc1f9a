-- Stored rankings are recomputed, as bulk work: the hard filters now leave out remote jobs worked from another
-- country and postings in a same-named city of another country (RetrievalStore), and the skills reasons are written
-- in plain words (MatchScorer.skillsShareReason); a stored ranking keeps neither until it is scored again.
INSERT INTO match_recompute_queue (reason, resume_id, priority, owner_key)
SELECT DISTINCT 'RESUME', resume_id, 1, resume_id::text FROM user_job_matches;
