-- Job embeddings are now the centroid of the posting's statements' embeddings (domain.Statements), not one
-- embedding of the text's first few hundred words. Every job embedded the old way goes back to the enrichment
-- queue; until it is re-embedded it keeps its old vector, so retrieval never stops working.
INSERT INTO enrichment_queue (job_id, job_content_hash)
SELECT id, content_hash FROM jobs WHERE embedding IS NOT NULL
ON CONFLICT (job_id) DO NOTHING;
