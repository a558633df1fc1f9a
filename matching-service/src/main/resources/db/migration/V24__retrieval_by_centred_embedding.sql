-- Retrieval in the order scoring measures. Scoring's semantic similarity is the cosine of two embeddings measured
-- from the catalogue's centre (the mean job embedding, see EmbeddingCentre); an index over the raw embeddings
-- orders by plain cosine, and the jobs that score best then sit deep in its order (bench/fit-eval.sh: the 40
-- nearest by plain cosine hold 69 % of a full re-ranking's top 20, by centred similarity 86 %).
-- The centre is stored, and each job keeps its embedding's direction from it, a unit vector: ordered by cosine,
-- those directions give exactly the centred similarity's order.
CREATE TABLE embedding_centre (
    id          SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    mean        vector(384) NOT NULL,
    jobs        INTEGER     NOT NULL,
    computed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE jobs ADD COLUMN centred_embedding vector(384);

-- An embedding's direction from the stored centre; NULL while no centre is stored.
CREATE FUNCTION centred_embedding(embedding vector) RETURNS vector AS $$
    SELECT l2_normalize(l2_normalize(embedding) - mean) FROM embedding_centre WHERE id = 1
$$ LANGUAGE sql STABLE;

CREATE FUNCTION set_centred_embedding() RETURNS trigger AS $$
BEGIN
    NEW.centred_embedding = CASE WHEN NEW.embedding IS NULL THEN NULL ELSE centred_embedding(NEW.embedding) END;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER jobs_centred_embedding BEFORE INSERT OR UPDATE OF embedding ON jobs
    FOR EACH ROW EXECUTE FUNCTION set_centred_embedding();

DROP INDEX idx_jobs_embedding;
CREATE INDEX idx_jobs_centred_embedding ON jobs USING hnsw (centred_embedding vector_cosine_ops);
