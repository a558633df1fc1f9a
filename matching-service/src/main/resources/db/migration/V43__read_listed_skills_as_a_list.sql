-- The skills a posting lists itself are now read by ai-service as a list (kind SKILLS): each item is linked to the
-- taxonomy as a skill ("Forklift Operation" as operate forklift, "Excel" as Microsoft Excel), where before only an
-- item that was a taxonomy name or synonym counted. Every enriched job that lists skills goes back to the enrichment
-- queue, as bulk work of its source, so its list is read again; until then it keeps its earlier reading.
INSERT INTO enrichment_queue (job_id, job_content_hash, priority, owner_key)
SELECT id, content_hash, 1, source FROM jobs WHERE embedding IS NOT NULL AND cardinality(ai_key_skills) > 0
ON CONFLICT (job_id) DO UPDATE SET job_content_hash = EXCLUDED.job_content_hash, attempts = 0, status = 'pending',
                                   run_after = now(), last_error = NULL, lease_until = NULL, lease_token = NULL;
