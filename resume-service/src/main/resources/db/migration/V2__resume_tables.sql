-- Resume service schema: seed 002 (storage, resumes, versions, optimizations, analyses, feedback) with the
-- document-store fields of seed 004 (status lifecycle, resume_data, file_metadata, error_message, legacy_id).

-- Keeps updated_at current unless the statement sets it itself (the legacy import keeps the old timestamps).
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at = now();
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Storage providers. Credentials never live here: they come from the environment of the provider's config.
CREATE TABLE storage_configs (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    provider        VARCHAR(20)  NOT NULL UNIQUE CHECK (provider IN ('local', 's3')),
    description     TEXT         NOT NULL,
    max_file_bytes  BIGINT       NOT NULL DEFAULT 10485760 CHECK (max_file_bytes > 0),
    allowed_types   TEXT[]       NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE TRIGGER storage_configs_touch BEFORE UPDATE ON storage_configs FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

INSERT INTO storage_configs (provider, description, allowed_types) VALUES
    ('local', 'Local filesystem under RESUME_STORAGE_DIR',
     ARRAY['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain', 'application/json']),
    ('s3', 'S3-compatible object storage (endpoint, bucket and credentials from the environment)',
     ARRAY['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain', 'application/json']);

CREATE TABLE resumes (
    id                      UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                 UUID         NOT NULL,
    legacy_id               TEXT         UNIQUE,
    title                   VARCHAR(200) NOT NULL,
    status                  VARCHAR(20)  NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'parsing', 'parsed', 'failed', 'manual')),
    source                  VARCHAR(20)  NOT NULL DEFAULT 'upload' CHECK (source IN ('upload', 'manual', 'import')),
    is_primary              BOOLEAN      NOT NULL DEFAULT FALSE,
    searchable              BOOLEAN      NOT NULL DEFAULT FALSE,
    enriched                BOOLEAN      NOT NULL DEFAULT FALSE,
    storage_config_id       UUID         REFERENCES storage_configs (id),
    storage_key             TEXT,
    content_type            VARCHAR(100),
    checksum_sha256         VARCHAR(64),
    resume_data             JSONB        NOT NULL DEFAULT '{}',
    file_metadata           JSONB,
    extracted_text          TEXT,
    extracted_skills        JSONB        NOT NULL DEFAULT '[]',
    total_experience_months INTEGER,
    current_version         INTEGER      NOT NULL DEFAULT 0,
    error_message           TEXT,
    created_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    -- What corrections change is what search finds: the vector follows resume_data, not the original text.
    search_vector           TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
        setweight(jsonb_to_tsvector('english'::regconfig, resume_data, '["string"]'), 'B')) STORED
);
CREATE TRIGGER resumes_touch BEFORE UPDATE ON resumes FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE INDEX idx_resumes_user_id ON resumes (user_id, created_at DESC);
CREATE INDEX idx_resumes_status ON resumes (status);
CREATE INDEX idx_resumes_created_at ON resumes (created_at DESC);
CREATE INDEX idx_resumes_searchable ON resumes (searchable) WHERE searchable;
CREATE UNIQUE INDEX uq_resumes_user_checksum ON resumes (user_id, checksum_sha256) WHERE checksum_sha256 IS NOT NULL;
CREATE UNIQUE INDEX uq_resumes_one_primary ON resumes (user_id) WHERE is_primary;
CREATE INDEX idx_resumes_data_full_name ON resumes USING gin ((resume_data -> 'contact_info' -> 'full_name'));
CREATE INDEX idx_resumes_data_skills ON resumes USING gin ((resume_data -> 'skills'));
CREATE INDEX idx_resumes_data ON resumes USING gin (resume_data jsonb_path_ops);
CREATE INDEX idx_resumes_search ON resumes USING gin (search_vector);

CREATE TABLE resume_versions (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    resume_id       UUID         NOT NULL REFERENCES resumes (id) ON DELETE CASCADE,
    version_number  INTEGER      NOT NULL CHECK (version_number > 0),
    change_source   VARCHAR(20)  NOT NULL
        CHECK (change_source IN ('parse', 'correction', 'restore', 'optimization', 'import', 'manual')),
    change_summary  TEXT,
    resume_data     JSONB        NOT NULL,
    created_by      TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT uq_resume_versions_number UNIQUE (resume_id, version_number)
);

CREATE TABLE resume_version_changes (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    version_id  UUID        NOT NULL REFERENCES resume_versions (id) ON DELETE CASCADE,
    field_path  TEXT        NOT NULL,
    change_type VARCHAR(10) NOT NULL CHECK (change_type IN ('added', 'removed', 'modified')),
    old_value   JSONB,
    new_value   JSONB,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_resume_version_changes_version ON resume_version_changes (version_id);

CREATE TABLE resume_analyses (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    resume_id         UUID          NOT NULL REFERENCES resumes (id) ON DELETE CASCADE,
    version_number    INTEGER       NOT NULL,
    overall_score     DOUBLE PRECISION NOT NULL CHECK (overall_score BETWEEN 0 AND 100),
    ats_score         DOUBLE PRECISION NOT NULL CHECK (ats_score BETWEEN 0 AND 100),
    sections_present  JSONB         NOT NULL DEFAULT '[]',
    sections_missing  JSONB         NOT NULL DEFAULT '[]',
    findings          JSONB         NOT NULL DEFAULT '[]',
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX idx_resume_analyses_resume ON resume_analyses (resume_id, created_at DESC);

-- One row per suggestion from ai-service, so each can be accepted or rejected on its own.
CREATE TABLE resume_optimizations (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    resume_id        UUID         NOT NULL REFERENCES resumes (id) ON DELETE CASCADE,
    job_id           UUID         NOT NULL,
    batch_id         UUID         NOT NULL,
    suggestion_type  VARCHAR(40)  NOT NULL,
    section          TEXT,
    field_path       TEXT         NOT NULL,
    before_text      TEXT,
    after_text       TEXT         NOT NULL,
    rationale        TEXT,
    status           VARCHAR(10)  NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    applied_version  INTEGER,
    decided_at       TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE TRIGGER resume_optimizations_touch BEFORE UPDATE ON resume_optimizations FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE INDEX idx_resume_optimizations_resume ON resume_optimizations (resume_id, created_at DESC);
CREATE INDEX idx_resume_optimizations_job ON resume_optimizations (job_id);
CREATE INDEX idx_resume_optimizations_batch ON resume_optimizations (batch_id);

CREATE TABLE optimization_feedback (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    optimization_id  UUID        NOT NULL REFERENCES resume_optimizations (id) ON DELETE CASCADE,
    user_id          UUID        NOT NULL,
    rating           INTEGER    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment          TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_optimization_feedback_optimization ON optimization_feedback (optimization_id);
CREATE INDEX idx_optimization_feedback_user ON optimization_feedback (user_id);

-- Durable background work (parse, enrich, notify). Workers claim rows with FOR UPDATE SKIP LOCKED and hold a
-- lease; a row whose lease ran out (the worker died or the service restarted) is claimed again.
CREATE TABLE resume_work (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    resume_id    UUID         NOT NULL,
    kind         VARCHAR(20)  NOT NULL CHECK (kind IN ('parse', 'enrich', 'notify')),
    payload      JSONB        NOT NULL DEFAULT '{}',
    status       VARCHAR(10)  NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'dead')),
    attempts     INTEGER      NOT NULL DEFAULT 0,
    run_after    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    lease_until  TIMESTAMPTZ,
    last_error   TEXT,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE TRIGGER resume_work_touch BEFORE UPDATE ON resume_work FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE INDEX idx_resume_work_due ON resume_work (run_after) WHERE status = 'pending';
CREATE INDEX idx_resume_work_lease ON resume_work (lease_until) WHERE status = 'running';
CREATE INDEX idx_resume_work_resume ON resume_work (resume_id);
