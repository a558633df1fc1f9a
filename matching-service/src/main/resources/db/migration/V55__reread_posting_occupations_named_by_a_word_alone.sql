-- Postings' occupations are read again: a reading of a word alone ("Java Developer" is a developer, ISCO 2; "Full Stack
-- Engineer" an engineer, 214) is now the ESCO occupation of that kind the posting's embedding is nearest to (software
-- developer), and a word that names no work the posting is about ("Monitor all transactions") gives way to the
-- occupation nearest to the whole posting (PostingOccupation.whichWork). Readings are taken again the first time a job
-- is loaded for scoring (JobProfileStore); stored rankings are recomputed with them, as bulk work.
DELETE FROM job_occupations;

INSERT INTO match_recompute_queue (reason, resume_id, priority, owner_key)
SELECT DISTINCT 'RESUME', resume_id, 1, resume_id::text FROM user_job_matches;
