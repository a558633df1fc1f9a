-- The learnt semantic metric (EmbeddingCentre.scaledBy, bench/learn_semantic_metric.py): each dimension of a job's
-- direction from the centre is scaled before it is normalised, so retrieval's index orders jobs by the learnt
-- similarity. The scale is stored beside the centre; NULL weighs every dimension alike, as before. The service stores
-- its configured scale at its next check of the centre and rewrites every job's direction then (EmbeddingCentreStore).
ALTER TABLE embedding_centre ADD COLUMN scale vector(384);

CREATE OR REPLACE FUNCTION centred_embedding(embedding vector) RETURNS vector AS $$
    SELECT l2_normalize(CASE WHEN scale IS NULL THEN l2_normalize(embedding) - mean
                             ELSE (l2_normalize(embedding) - mean) * scale END)
    FROM embedding_centre WHERE id = 1
$$ LANGUAGE sql STABLE;
