-- Skills a posting lists itself that no taxonomy skill reads ("Climbing", "Differentiated Instruction"). Scoring
-- counts the skills criterion only as far as the posting's listed skills were read: a posting of five listed skills
-- of which one was read is not met in full by that one. Every enriched job goes back to the enrichment queue, as bulk
-- work of its source, so its listed skills are read again; until then it has none unread, as before.
ALTER TABLE jobs ADD COLUMN unread_key_skills text[] NOT NULL DEFAULT '{}';

INSERT INTO enrichment_queue (job_id, job_content_hash, priority, owner_key)
SELECT id, content_hash, 1, source FROM jobs WHERE embedding IS NOT NULL
ON CONFLICT (job_id) DO UPDATE SET job_content_hash = EXCLUDED.job_content_hash, attempts = 0, status = 'pending',
                                   run_after = now(), last_error = NULL, lease_until = NULL, lease_token = NULL;
