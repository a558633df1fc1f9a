-- A posting's skills no longer include what its other legal notices name (accommodation, fair-chance hiring, agencies'
-- unsolicited resumes: "criminal histories" read as criminal law, the employer's "NextEra Energy" as energy), and
-- ai-service no longer reads a site named as a channel ("follow us on LinkedIn"), a role the writer works with
-- ("collaborate with project management") or a clipped label ("information retrieval" as repossession). Every enriched
-- job goes back to the enrichment queue, as bulk work of its source, so its skills are read again; until then it keeps
-- its old skills and embedding.
INSERT INTO enrichment_queue (job_id, job_content_hash, priority, owner_key)
SELECT id, content_hash, 1, source FROM jobs WHERE embedding IS NOT NULL
ON CONFLICT (job_id) DO UPDATE SET job_content_hash = EXCLUDED.job_content_hash, attempts = 0, status = 'pending',
                                   run_after = now(), last_error = NULL, lease_until = NULL, lease_token = NULL;
