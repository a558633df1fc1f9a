-- Part 2: matches are per resume (a person may keep several), carry the deep analysis and the second
-- direction, and are recomputed through a durable queue.

ALTER TABLE user_job_matches
    ADD COLUMN resume_id       UUID          NOT NULL,
    ADD COLUMN preference_fit  NUMERIC(5, 4) CHECK (preference_fit BETWEEN 0 AND 1),
    ADD COLUMN confidence      NUMERIC(3, 2) CHECK (confidence BETWEEN 0 AND 1),
    ADD COLUMN knocked_out     BOOLEAN       NOT NULL DEFAULT false,
    ADD COLUMN llm_score       NUMERIC(5, 4) CHECK (llm_score BETWEEN 0 AND 1),
    ADD COLUMN llm_reasoning   TEXT,
    -- NOT_ELIGIBLE (semantic below threshold), PENDING, DONE, UNAVAILABLE (ai-service down), DETERMINISTIC
    ADD COLUMN analysis_status TEXT          NOT NULL DEFAULT 'NOT_ELIGIBLE',
    ADD COLUMN weights_variant TEXT          NOT NULL DEFAULT 'default',
    ADD COLUMN computed_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    ADD CONSTRAINT user_job_matches_semantic_range CHECK (semantic_score BETWEEN 0 AND 1),
    ADD CONSTRAINT user_job_matches_overall_range CHECK (overall_score BETWEEN 0 AND 1);
ALTER TABLE user_job_matches DROP CONSTRAINT unique_user_job;
ALTER TABLE user_job_matches ADD CONSTRAINT unique_user_resume_job UNIQUE (user_id, resume_id, job_id);
DROP INDEX idx_user_job_matches_user_score;
CREATE INDEX idx_user_job_matches_resume_score ON user_job_matches (resume_id, overall_score DESC);
CREATE INDEX idx_user_job_matches_user ON user_job_matches (user_id);

ALTER TABLE matching_metadata.match_explanations ADD COLUMN resume_id UUID NOT NULL;
ALTER TABLE matching_metadata.match_explanations DROP CONSTRAINT match_explanations_user_job;
ALTER TABLE matching_metadata.match_explanations
    ADD CONSTRAINT match_explanations_user_resume_job UNIQUE (user_id, resume_id, job_id);
CREATE INDEX idx_explanations_resume ON matching_metadata.match_explanations (resume_id);

-- Work that makes stored matches stale. Written in the same transaction as the change (or by the trigger
-- below), deleted only after the recompute succeeded; failures are retried with a growing delay.
CREATE TABLE match_recompute_queue (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    reason          TEXT        NOT NULL CHECK (reason IN ('RESUME', 'PREFERENCES', 'WEIGHTS', 'JOB')),
    user_id         UUID,
    resume_id       UUID,
    job_id          UUID,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER match_recompute_queue_updated_at BEFORE UPDATE ON match_recompute_queue FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_recompute_due ON match_recompute_queue (next_attempt_at);
CREATE INDEX idx_recompute_resume ON match_recompute_queue (resume_id);
CREATE INDEX idx_recompute_user ON match_recompute_queue (user_id);

-- A job whose content or embedding changed makes every stored match of it stale, whoever changed it.
CREATE OR REPLACE FUNCTION enqueue_job_recompute() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM user_job_matches WHERE job_id = NEW.id) THEN
        INSERT INTO match_recompute_queue (reason, job_id) VALUES ('JOB', NEW.id);
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER jobs_enqueue_recompute AFTER UPDATE OF content_hash, embedding ON jobs
    FOR EACH ROW WHEN (OLD.content_hash IS DISTINCT FROM NEW.content_hash OR OLD.embedding IS DISTINCT FROM NEW.embedding)
    EXECUTE FUNCTION enqueue_job_recompute();

-- Per-collar defaults replacing the equal split (justified in README.md, "Default weights").
UPDATE matching_metadata.collar_weights_config AS c
SET weight_qualification = d.q, weight_experience = d.e, weight_skills = d.s, weight_location = d.l,
    weight_category = d.c, weight_personalization = d.p, description = d.why
FROM (VALUES
    ('white', 0.15, 0.25, 0.40, 0.05, 0.10, 0.05, 'knowledge work: skills and relevant experience decide; often remote'),
    ('blue',  0.20, 0.25, 0.25, 0.20, 0.05, 0.05, 'trades: licences and hands-on years; work is on site, so distance matters'),
    ('pink',  0.20, 0.25, 0.25, 0.15, 0.10, 0.05, 'care and service: certifications and people-facing experience; local work'),
    ('grey',  0.25, 0.20, 0.30, 0.10, 0.10, 0.05, 'technicians and nurses: formal qualification weighs more than elsewhere'),
    ('green', 0.20, 0.20, 0.30, 0.15, 0.10, 0.05, 'environmental work: specialised skills and certifications, field sites'))
    AS d (collar, q, e, s, l, c, p, why)
WHERE c.collar_type = d.collar AND c.variant = 'default';
