-- A posting's skills no longer include one named inside its employer's name ("Summit Ridge Logistics is looking for a
-- driver" asked every driver for logistics): the company now goes to ai-service with the text. Every enriched job goes
-- back to the enrichment queue, as bulk work of its source, so its skills are read again; until then it keeps its old
-- skills and embedding.
INSERT INTO enrichment_queue (job_id, job_content_hash, priority, owner_key)
SELECT id, content_hash, 1, source FROM jobs WHERE embedding IS NOT NULL
ON CONFLICT (job_id) DO UPDATE SET job_content_hash = EXCLUDED.job_content_hash, attempts = 0, status = 'pending',
                                   run_after = now(), last_error = NULL, lease_until = NULL, lease_token = NULL;
