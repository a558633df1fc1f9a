-- What occupation each posting is about, read once per version of its text (scoring.PostingOccupation): named by
-- its title, an announcement or its opening (NAMED), guessed from the occupation labels its text uses (TEXT) or
-- from the ESCO occupation its embedding is nearest to (EMBEDDING), or none (NONE). Every score of a posting reads
-- this one reading, so a ranking, a stored list, a recruiter's candidates and one job's explanation agree without a
-- ranking reading descriptions or embeddings. A reading counts for the text it was read from (content_hash): a
-- changed posting is read again. Enrichment writes it; a job read before it has one (enriched before this
-- migration, or written straight to the table) is read on its first load for scoring, from its stored text and
-- embedding, and kept (matches.JobProfileStore).
CREATE TABLE job_occupations (
    job_id       UUID        PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    content_hash TEXT        NOT NULL,
    source       TEXT        NOT NULL CHECK (source IN ('NAMED', 'TEXT', 'EMBEDDING', 'NONE')),
    isco         TEXT,
    label        TEXT,
    read_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT job_occupations_none_has_no_occupation CHECK ((source = 'NONE') = (isco IS NULL AND label IS NULL))
);

-- Stored rankings were scored before there was one reading (a ranking read only the title's occupation): each is
-- recomputed, as bulk work, so that its scores are the ones its explanations give.
INSERT INTO match_recompute_queue (reason, resume_id, priority, owner_key)
SELECT DISTINCT 'RESUME', resume_id, 1, resume_id::text FROM user_job_matches;
