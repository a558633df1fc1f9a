-- Seed 002's user_profiles and user_preferences: one row per user each, created on first save.

CREATE TABLE user_profiles (
    id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    headline            VARCHAR(200),
    summary             VARCHAR(5000),
    years_of_experience INTEGER CHECK (years_of_experience BETWEEN 0 AND 70),
    education_level     VARCHAR(20),
    collar_type         VARCHAR(10),
    city                VARCHAR(120),
    region              VARCHAR(120),
    country             VARCHAR(2),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    phone               VARCHAR(32),
    links               JSONB       NOT NULL DEFAULT '[]',
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX user_profiles_user_id_key ON user_profiles (user_id);
CREATE INDEX user_profiles_collar_type_idx ON user_profiles (collar_type);
CREATE TRIGGER user_profiles_updated_at BEFORE UPDATE ON user_profiles FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE user_preferences (
    id                     UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    desired_titles         JSONB       NOT NULL DEFAULT '[]',
    industries             JSONB       NOT NULL DEFAULT '[]',
    locations              JSONB       NOT NULL DEFAULT '[]',
    work_arrangements      JSONB       NOT NULL DEFAULT '[]',
    employment_types       JSONB       NOT NULL DEFAULT '[]',
    salary_min             NUMERIC(12, 2),
    salary_max             NUMERIC(12, 2),
    salary_currency        VARCHAR(3),
    salary_period          VARCHAR(5),
    willing_to_relocate    BOOLEAN     NOT NULL DEFAULT FALSE,
    needs_visa_sponsorship BOOLEAN     NOT NULL DEFAULT FALSE,
    skills_to_use          JSONB       NOT NULL DEFAULT '[]',
    skills_to_avoid        JSONB       NOT NULL DEFAULT '[]',
    excluded_companies     JSONB       NOT NULL DEFAULT '[]',
    min_match_score        INTEGER CHECK (min_match_score BETWEEN 0 AND 100),
    notify_by_email        BOOLEAN     NOT NULL DEFAULT TRUE,
    notification_frequency VARCHAR(10) NOT NULL DEFAULT 'WEEKLY',
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT user_preferences_salary_order CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
);
CREATE UNIQUE INDEX user_preferences_user_id_key ON user_preferences (user_id);
CREATE TRIGGER user_preferences_updated_at BEFORE UPDATE ON user_preferences FOR EACH ROW EXECUTE FUNCTION set_updated_at();
