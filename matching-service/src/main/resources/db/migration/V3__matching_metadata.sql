-- The matching_metadata schema of seed 000 (all 8 tables), with the seed's column names so that its
-- verification queries and weight-update example run as written.
CREATE SCHEMA IF NOT EXISTS matching_metadata;

CREATE TABLE matching_metadata.skills_taxonomy (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Stable public id (contract Skill.skillId): a slug of the canonical name, never reused.
    slug           TEXT        NOT NULL UNIQUE,
    skill_name     TEXT        NOT NULL UNIQUE,
    canonical_name TEXT        NOT NULL,
    category       TEXT        NOT NULL,
    -- Number of catalogue jobs requiring or preferring the skill (kept by the metadata recompute).
    frequency      INTEGER     NOT NULL DEFAULT 0 CHECK (frequency >= 0),
    synonyms       TEXT[]      NOT NULL DEFAULT '{}',
    esco_uri       TEXT,
    source         TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER skills_taxonomy_updated_at BEFORE UPDATE ON matching_metadata.skills_taxonomy FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_skills_canonical ON matching_metadata.skills_taxonomy (canonical_name);
CREATE INDEX idx_skills_category ON matching_metadata.skills_taxonomy (category);
CREATE INDEX idx_skills_frequency ON matching_metadata.skills_taxonomy (frequency DESC);
CREATE INDEX idx_skills_name_lower ON matching_metadata.skills_taxonomy (lower(skill_name) text_pattern_ops);

-- Every label a skill is known by (canonical name, ESCO alt labels, Stack Overflow synonyms), lower-cased for lookup.
CREATE TABLE matching_metadata.skill_aliases (
    alias    TEXT NOT NULL,
    skill_id UUID NOT NULL REFERENCES matching_metadata.skills_taxonomy (id) ON DELETE CASCADE,
    PRIMARY KEY (alias, skill_id)
);
CREATE INDEX idx_skill_aliases_skill ON matching_metadata.skill_aliases (skill_id);
CREATE INDEX idx_skill_aliases_prefix ON matching_metadata.skill_aliases (alias text_pattern_ops);

CREATE TABLE matching_metadata.skill_similarity (
    id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    skill_a_id          UUID          NOT NULL REFERENCES matching_metadata.skills_taxonomy (id) ON DELETE CASCADE,
    skill_b_id          UUID          NOT NULL REFERENCES matching_metadata.skills_taxonomy (id) ON DELETE CASCADE,
    co_occurrence_count INTEGER       NOT NULL CHECK (co_occurrence_count >= 0),
    jaccard_similarity  NUMERIC(5, 4) NOT NULL CHECK (jaccard_similarity BETWEEN 0 AND 1),
    confidence_score    NUMERIC(5, 4) NOT NULL CHECK (confidence_score BETWEEN 0 AND 1),
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT skill_similarity_pair UNIQUE (skill_a_id, skill_b_id),
    CONSTRAINT skill_similarity_distinct CHECK (skill_a_id <> skill_b_id)
);
CREATE TRIGGER skill_similarity_updated_at BEFORE UPDATE ON matching_metadata.skill_similarity FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_skill_similarity_a ON matching_metadata.skill_similarity (skill_a_id, jaccard_similarity DESC);
CREATE INDEX idx_skill_similarity_b ON matching_metadata.skill_similarity (skill_b_id, jaccard_similarity DESC);
CREATE INDEX idx_skill_similarity_score ON matching_metadata.skill_similarity (jaccard_similarity DESC);

-- Directed: from -> to is not to -> from.
CREATE TABLE matching_metadata.category_compatibility (
    id                     UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    from_category          TEXT          NOT NULL,
    to_category            TEXT          NOT NULL,
    transition_count       INTEGER       NOT NULL CHECK (transition_count >= 0),
    transition_probability NUMERIC(5, 4) NOT NULL CHECK (transition_probability BETWEEN 0 AND 1),
    compatibility_score    NUMERIC(5, 4) NOT NULL CHECK (compatibility_score BETWEEN 0 AND 1),
    sample_size            INTEGER       NOT NULL CHECK (sample_size >= 0),
    created_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT category_compatibility_pair UNIQUE (from_category, to_category)
);
CREATE TRIGGER category_compatibility_updated_at BEFORE UPDATE ON matching_metadata.category_compatibility FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_category_compat_to ON matching_metadata.category_compatibility (to_category);
CREATE INDEX idx_category_compat_probability ON matching_metadata.category_compatibility (transition_probability DESC);

CREATE TABLE matching_metadata.certifications (
    id                 UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name               TEXT          NOT NULL UNIQUE,
    issuer             TEXT,
    category           TEXT,
    relevance_weight   NUMERIC(3, 2) NOT NULL DEFAULT 1.00 CHECK (relevance_weight BETWEEN 0 AND 1),
    industry_relevance JSONB         NOT NULL DEFAULT '[]',
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE TRIGGER certifications_updated_at BEFORE UPDATE ON matching_metadata.certifications FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_certifications_category ON matching_metadata.certifications (category);
CREATE INDEX idx_certifications_name_lower ON matching_metadata.certifications (lower(name));

CREATE TABLE matching_metadata.user_job_interactions (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          UUID        NOT NULL,
    job_id           UUID        NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    interaction_type TEXT        NOT NULL,
    interaction_data JSONB       NOT NULL DEFAULT '{}',
    "timestamp"      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_interactions_user_time ON matching_metadata.user_job_interactions (user_id, "timestamp" DESC);
CREATE INDEX idx_interactions_job ON matching_metadata.user_job_interactions (job_id);
CREATE INDEX idx_interactions_type ON matching_metadata.user_job_interactions (interaction_type);

CREATE TABLE matching_metadata.match_feedback (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        UUID        NOT NULL,
    job_id         UUID        NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    interaction_id UUID REFERENCES matching_metadata.user_job_interactions (id) ON DELETE SET NULL,
    helpful        BOOLEAN     NOT NULL,
    reason         TEXT,
    comment        TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_feedback_user ON matching_metadata.match_feedback (user_id, created_at DESC);
CREATE INDEX idx_feedback_job ON matching_metadata.match_feedback (job_id);
CREATE INDEX idx_feedback_interaction ON matching_metadata.match_feedback (interaction_id);
CREATE INDEX idx_feedback_helpful_reason ON matching_metadata.match_feedback (helpful, reason);

-- One row per collar and variant (A/B tests); the six weights always sum to exactly 1.00.
CREATE TABLE matching_metadata.collar_weights_config (
    id                     UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    collar_type            TEXT          NOT NULL CHECK (collar_type IN ('white', 'blue', 'pink', 'grey', 'green')),
    variant                TEXT          NOT NULL DEFAULT 'default',
    weight_qualification   NUMERIC(3, 2) NOT NULL CHECK (weight_qualification BETWEEN 0 AND 1),
    weight_experience      NUMERIC(3, 2) NOT NULL CHECK (weight_experience BETWEEN 0 AND 1),
    weight_skills          NUMERIC(3, 2) NOT NULL CHECK (weight_skills BETWEEN 0 AND 1),
    weight_location        NUMERIC(3, 2) NOT NULL CHECK (weight_location BETWEEN 0 AND 1),
    weight_category        NUMERIC(3, 2) NOT NULL CHECK (weight_category BETWEEN 0 AND 1),
    weight_personalization NUMERIC(3, 2) NOT NULL CHECK (weight_personalization BETWEEN 0 AND 1),
    is_active              BOOLEAN       NOT NULL DEFAULT true,
    description            TEXT,
    created_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT collar_weights_variant UNIQUE (collar_type, variant),
    CONSTRAINT weights_sum_check CHECK (weight_qualification + weight_experience + weight_skills
        + weight_location + weight_category + weight_personalization = 1.00)
);
CREATE TRIGGER collar_weights_config_updated_at BEFORE UPDATE ON matching_metadata.collar_weights_config FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_collar_weights_active ON matching_metadata.collar_weights_config (collar_type, is_active);

-- The seed's "0.17 each" sums to 1.02 and violates weights_sum_check; this equal split sums to exactly 1.00.
INSERT INTO matching_metadata.collar_weights_config
    (collar_type, weight_qualification, weight_experience, weight_skills, weight_location, weight_category, weight_personalization, description)
SELECT c, 0.17, 0.17, 0.17, 0.16, 0.17, 0.16, 'equal split placeholder (sums to 1.00)'
FROM unnest(ARRAY['white', 'blue', 'pink', 'grey', 'green']) AS c;

CREATE TABLE matching_metadata.match_explanations (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           UUID          NOT NULL,
    job_id            UUID          NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    overall_score     NUMERIC(5, 4) CHECK (overall_score BETWEEN 0 AND 1),
    collar_type       TEXT,
    weights_config_id UUID REFERENCES matching_metadata.collar_weights_config (id) ON DELETE SET NULL,
    sub_scores        JSONB         NOT NULL DEFAULT '{}',
    explanation_data  JSONB         NOT NULL DEFAULT '{}',
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT match_explanations_user_job UNIQUE (user_id, job_id)
);
CREATE TRIGGER match_explanations_updated_at BEFORE UPDATE ON matching_metadata.match_explanations FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_explanations_job ON matching_metadata.match_explanations (job_id);
CREATE INDEX idx_explanations_weights ON matching_metadata.match_explanations (weights_config_id);

-- Normalized skills of each job (filled by enrichment): the source of skill demand and co-occurrence.
CREATE TABLE job_skills (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id      UUID          NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    skill_id    UUID          NOT NULL REFERENCES matching_metadata.skills_taxonomy (id) ON DELETE CASCADE,
    requirement TEXT          NOT NULL CHECK (requirement IN ('REQUIRED', 'PREFERRED')),
    importance  NUMERIC(3, 2) NOT NULL DEFAULT 1.00 CHECK (importance > 0 AND importance <= 1),
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT job_skills_job_skill UNIQUE (job_id, skill_id)
);
CREATE INDEX idx_job_skills_skill ON job_skills (skill_id);
