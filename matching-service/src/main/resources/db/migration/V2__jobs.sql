-- The global job catalogue (seed 001 "clean schema"): nothing user-specific lives in jobs.

CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Near-duplicate postings across sources share a fingerprint (company + title + text); one member is canonical.
CREATE TABLE job_clusters (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    fingerprint      TEXT        NOT NULL UNIQUE,
    canonical_job_id UUID,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER job_clusters_updated_at BEFORE UPDATE ON job_clusters FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE jobs (
    id                         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    external_id                TEXT        NOT NULL UNIQUE,
    title                      TEXT        NOT NULL,
    company                    TEXT        NOT NULL,
    location                   TEXT,
    description                TEXT,
    url                        TEXT,
    source                     TEXT        NOT NULL,
    posted_at                  TIMESTAMPTZ,
    discovered_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Hash of every imported field: an import with the same hash is "unchanged" and triggers no enrichment.
    content_hash               TEXT        NOT NULL,
    -- AI metadata (seed 001 names)
    ai_employment_type         TEXT[]      NOT NULL DEFAULT '{}',
    ai_work_arrangement        TEXT CHECK (ai_work_arrangement IN ('REMOTE', 'HYBRID', 'ONSITE')),
    ai_experience_level        TEXT,
    ai_key_skills              TEXT[]      NOT NULL DEFAULT '{}',
    ai_keywords                TEXT[]      NOT NULL DEFAULT '{}',
    ai_core_responsibilities   TEXT,
    ai_requirements_summary    TEXT,
    ai_education_requirements  TEXT,
    ai_benefits                TEXT[]      NOT NULL DEFAULT '{}',
    ai_salary_currency         TEXT,
    ai_salary_minvalue         NUMERIC(14, 2),
    ai_salary_maxvalue         NUMERIC(14, 2),
    ai_salary_value            NUMERIC(14, 2),
    ai_salary_period           TEXT CHECK (ai_salary_period IN ('YEAR', 'MONTH', 'HOUR')),
    ai_taxonomies_a            TEXT[]      NOT NULL DEFAULT '{}',
    locations_derived          TEXT[]      NOT NULL DEFAULT '{}',
    cities_derived             TEXT[]      NOT NULL DEFAULT '{}',
    ai_visa_sponsorship        BOOLEAN,
    ai_job_language            TEXT,
    ai_working_hours           TEXT,
    -- Structured requirements for matching (contract JobProfile)
    country                    TEXT,
    region                     TEXT,
    latitude                   DOUBLE PRECISION,
    longitude                  DOUBLE PRECISION,
    min_experience_months      INTEGER CHECK (min_experience_months >= 0),
    max_experience_months      INTEGER CHECK (max_experience_months >= 0),
    minimum_education          TEXT,
    required_certifications    TEXT[]      NOT NULL DEFAULT '{}',
    collar_type                TEXT        NOT NULL CHECK (collar_type IN ('WHITE', 'BLUE', 'PINK', 'GREY', 'GREEN')),
    collar_reason              TEXT        NOT NULL,
    -- Filled by enrichment (ai-service); null until the job has been enriched.
    embedding                  vector(384),
    embedding_model            TEXT,
    enriched_at                TIMESTAMPTZ,
    cluster_id                 UUID REFERENCES job_clusters (id),
    search_document            tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(company, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED,
    created_at                 TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                 TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER jobs_updated_at BEFORE UPDATE ON jobs FOR EACH ROW EXECUTE FUNCTION set_updated_at();
ALTER TABLE job_clusters ADD CONSTRAINT job_clusters_canonical_fk FOREIGN KEY (canonical_job_id) REFERENCES jobs (id) ON DELETE SET NULL;

CREATE INDEX idx_jobs_source ON jobs (source);
CREATE INDEX idx_jobs_company ON jobs (lower(company));
CREATE INDEX idx_jobs_discovered_at ON jobs (discovered_at DESC);
CREATE INDEX idx_jobs_posted_at ON jobs (posted_at DESC);
CREATE INDEX idx_jobs_work_arrangement ON jobs (ai_work_arrangement);
CREATE INDEX idx_jobs_experience_level ON jobs (ai_experience_level);
CREATE INDEX idx_jobs_collar_type ON jobs (collar_type);
CREATE INDEX idx_jobs_cluster ON jobs (cluster_id);
CREATE INDEX idx_jobs_ai_employment_type ON jobs USING GIN (ai_employment_type);
CREATE INDEX idx_jobs_ai_key_skills ON jobs USING GIN (ai_key_skills);
CREATE INDEX idx_jobs_ai_keywords ON jobs USING GIN (ai_keywords);
CREATE INDEX idx_jobs_ai_benefits ON jobs USING GIN (ai_benefits);
CREATE INDEX idx_jobs_ai_taxonomies ON jobs USING GIN (ai_taxonomies_a);
CREATE INDEX idx_jobs_locations_derived ON jobs USING GIN (locations_derived);
CREATE INDEX idx_jobs_cities_derived ON jobs USING GIN (cities_derived);
CREATE INDEX idx_jobs_search ON jobs USING GIN (search_document);
CREATE INDEX idx_jobs_embedding ON jobs USING hnsw (embedding vector_cosine_ops);

-- Per user and job; filled by scoring (part 2).
CREATE TABLE user_job_matches (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID        NOT NULL,
    job_id          UUID        NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    semantic_score  NUMERIC(5, 4),
    overall_score   NUMERIC(5, 4),
    priority        TEXT,
    match_reasoning TEXT,
    key_alignments  TEXT[]      NOT NULL DEFAULT '{}',
    potential_gaps  TEXT[]      NOT NULL DEFAULT '{}',
    status          TEXT        NOT NULL DEFAULT 'NEW',
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT unique_user_job UNIQUE (user_id, job_id)
);
CREATE TRIGGER user_job_matches_updated_at BEFORE UPDATE ON user_job_matches FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_user_job_matches_job ON user_job_matches (job_id);
CREATE INDEX idx_user_job_matches_user_score ON user_job_matches (user_id, overall_score DESC);
CREATE INDEX idx_user_job_matches_status ON user_job_matches (user_id, status);
