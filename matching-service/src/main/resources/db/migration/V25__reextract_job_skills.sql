-- ai-service's skill extraction no longer reads ordinary words as products or skills ("projects" as Microsoft
-- Project, "site" as Google Sites, "sounds" as acoustics): a one-word alias that annotated postings or the
-- taxonomy's own labels use as a common word needs evidence beyond the word. Every enriched job goes back to the
-- enrichment queue so its skills are extracted again; until then it keeps its old skills and embedding.
INSERT INTO enrichment_queue (job_id, job_content_hash)
SELECT id, content_hash FROM jobs WHERE embedding IS NOT NULL
ON CONFLICT (job_id) DO NOTHING;
