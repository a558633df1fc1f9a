-- ai-service schema (seed 002): models, processing sessions, embeddings, analyses, optimizations and their history.

CREATE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Models this service runs or calls: the in-process embedding model and, when configured, a chat model.
CREATE TABLE ai_models (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                text NOT NULL UNIQUE,
    provider            text NOT NULL,
    model_type          text NOT NULL CHECK (model_type IN ('EMBEDDING', 'CHAT')),
    dimension           integer CHECK (dimension > 0),
    cost_per_1k_input   double precision NOT NULL DEFAULT 0,
    cost_per_1k_output  double precision NOT NULL DEFAULT 0,
    active              boolean NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ai_models_type_idx ON ai_models (model_type, active);
CREATE TRIGGER ai_models_touch BEFORE UPDATE ON ai_models FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- One row per unit of work (an embedding batch, an analysis, an LLM call) with its cost.
CREATE TABLE ai_processing_sessions (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid,
    operation       text NOT NULL,
    model_name      text NOT NULL,
    status          text NOT NULL CHECK (status IN ('SUCCEEDED', 'FAILED', 'FALLBACK')),
    input_tokens    integer NOT NULL DEFAULT 0,
    output_tokens   integer NOT NULL DEFAULT 0,
    cost_usd        double precision NOT NULL DEFAULT 0,
    latency_ms      bigint NOT NULL DEFAULT 0,
    error           text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ai_processing_sessions_user_idx ON ai_processing_sessions (user_id, created_at DESC);
CREATE INDEX ai_processing_sessions_operation_idx ON ai_processing_sessions (operation, created_at DESC);

-- The vector column is sized for the default model (all-MiniLM-L6-v2, 384 dims): a model of another
-- dimension needs a migration adding its own column and index, since HNSW needs a fixed dimension.
CREATE TABLE embeddings (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    model_id        uuid NOT NULL REFERENCES ai_models (id),
    content_hash    text NOT NULL,
    source_type     text,
    source_id       text,
    chunk_count     integer NOT NULL CHECK (chunk_count > 0),
    embedding       vector(384) NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT embeddings_once_per_source UNIQUE NULLS NOT DISTINCT (model_id, content_hash, source_type, source_id)
);
CREATE INDEX embeddings_hash_idx ON embeddings (model_id, content_hash);
CREATE INDEX embeddings_source_idx ON embeddings (source_type, source_id);
CREATE INDEX embeddings_hnsw_idx ON embeddings USING hnsw (embedding vector_cosine_ops);

CREATE TABLE skill_analyses (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid,
    text_kind         text NOT NULL,
    content_hash      text NOT NULL,
    skills            jsonb NOT NULL,
    skill_count       integer NOT NULL,
    taxonomy_version  text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX skill_analyses_user_idx ON skill_analyses (user_id, created_at DESC);
CREATE INDEX skill_analyses_hash_idx ON skill_analyses (content_hash);

-- Resume quality and ATS readiness.
CREATE TABLE content_analyses (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL,
    resume_id         uuid,
    resume_version    integer,
    overall_score     double precision NOT NULL,
    ats_score         double precision NOT NULL,
    word_count        integer NOT NULL,
    sections_present  jsonb NOT NULL,
    sections_missing  jsonb NOT NULL,
    findings          jsonb NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_analyses_user_idx ON content_analyses (user_id, created_at DESC);
CREATE INDEX content_analyses_resume_idx ON content_analyses (resume_id);

CREATE TABLE job_match_analyses (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                 uuid NOT NULL,
    resume_id               uuid,
    job_id                  uuid,
    required_matched        integer NOT NULL,
    required_total          integer NOT NULL,
    skill_match_percentage  double precision NOT NULL,
    matching_skills         jsonb NOT NULL,
    missing_skills          jsonb NOT NULL,
    extra_skills            jsonb NOT NULL,
    industry_alignment      text NOT NULL,
    experience_comparison   text NOT NULL,
    narrative               text NOT NULL,
    narrative_source        text NOT NULL CHECK (narrative_source IN ('DETERMINISTIC', 'LLM')),
    llm_score               double precision,
    created_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_match_analyses_user_idx ON job_match_analyses (user_id, created_at DESC);
CREATE INDEX job_match_analyses_job_idx ON job_match_analyses (job_id);
CREATE INDEX job_match_analyses_resume_idx ON job_match_analyses (resume_id);

CREATE TABLE resume_optimizations (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id               uuid NOT NULL,
    resume_id             uuid,
    job_id                uuid,
    source                text NOT NULL CHECK (source IN ('DETERMINISTIC', 'LLM')),
    suggestions           jsonb NOT NULL,
    rejected_suggestions  integer NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resume_optimizations_user_idx ON resume_optimizations (user_id, created_at DESC);
CREATE INDEX resume_optimizations_resume_idx ON resume_optimizations (resume_id);
CREATE INDEX resume_optimizations_job_idx ON resume_optimizations (job_id);
CREATE TRIGGER resume_optimizations_touch BEFORE UPDATE ON resume_optimizations FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- What happened to each optimization: generated, and later each suggestion accepted or rejected by the person.
CREATE TABLE optimization_history (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    optimization_id  uuid NOT NULL REFERENCES resume_optimizations (id) ON DELETE CASCADE,
    user_id          uuid NOT NULL,
    event            text NOT NULL CHECK (event IN ('GENERATED', 'ACCEPTED', 'REJECTED')),
    suggestion_id    text,
    suggestion_type  text,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX optimization_history_optimization_idx ON optimization_history (optimization_id);
CREATE INDEX optimization_history_user_idx ON optimization_history (user_id, created_at DESC);

-- Hourly totals per model and operation, so trends are cheap to read.
CREATE TABLE model_performance_history (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    model_id        uuid NOT NULL REFERENCES ai_models (id),
    operation       text NOT NULL,
    bucket_start    timestamptz NOT NULL,
    calls           integer NOT NULL DEFAULT 0,
    failures        integer NOT NULL DEFAULT 0,
    total_latency_ms bigint NOT NULL DEFAULT 0,
    input_tokens    bigint NOT NULL DEFAULT 0,
    output_tokens   bigint NOT NULL DEFAULT 0,
    cost_usd        double precision NOT NULL DEFAULT 0,
    CONSTRAINT model_performance_bucket UNIQUE (model_id, operation, bucket_start)
);
CREATE INDEX model_performance_history_bucket_idx ON model_performance_history (bucket_start DESC);

CREATE TABLE user_optimization_preferences (
    user_id                  uuid PRIMARY KEY,
    max_suggestions          integer NOT NULL DEFAULT 10 CHECK (max_suggestions BETWEEN 1 AND 50),
    enabled_types            jsonb NOT NULL DEFAULT '["SURFACE_SKILL","REWRITE_BULLET","REORDER_SECTIONS"]',
    preferred_section_order  jsonb NOT NULL DEFAULT '[]',
    allow_llm                boolean NOT NULL DEFAULT true,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER user_optimization_preferences_touch BEFORE UPDATE ON user_optimization_preferences
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The wording of each kind of suggestion; {placeholders} are filled only with facts from the resume and the job.
CREATE TABLE optimization_templates (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code             text NOT NULL UNIQUE,
    suggestion_type  text NOT NULL CHECK (suggestion_type IN ('SURFACE_SKILL', 'REWRITE_BULLET', 'REORDER_SECTIONS')),
    why_template     text NOT NULL,
    active           boolean NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX optimization_templates_type_idx ON optimization_templates (suggestion_type, active);
CREATE TRIGGER optimization_templates_touch BEFORE UPDATE ON optimization_templates FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

INSERT INTO optimization_templates (code, suggestion_type, why_template) VALUES
    ('surface-evidenced-skill', 'SURFACE_SKILL',
     'The job requires {skill} and your experience at {employer} shows it, but your skills section does not list it; ATS filters read the skills section first.'),
    ('lead-with-action-verb', 'REWRITE_BULLET',
     'Bullets that start with an action verb are easier to scan; this one starts with "{opening}".'),
    ('move-skills-up', 'REORDER_SECTIONS',
     'This job asks for {count} specific skills; putting the skills section before {section} lets a reader and an ATS find them first.');
