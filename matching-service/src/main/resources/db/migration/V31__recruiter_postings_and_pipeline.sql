-- The recruiter side (issue 20), the tables of the HotGigs ATS design (seed 003) that matching-service owns:
-- job_templates, jobs posted by an organization (posted_jobs), the ATS stages on applications, interviews with
-- scorecard feedback, candidate_submissions, hot_list_candidates; and the durable outbox of calls to user-service
-- (emails to candidates, audit entries). Organizations themselves live in user-service: here an organization is the
-- UUID of the token's `org` claim.

-- An organization may close its own posting.
ALTER TABLE jobs DROP CONSTRAINT jobs_closed_reason_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_closed_reason_check
    CHECK (closed_reason IN ('GONE_FROM_SOURCE', 'EXPIRED', 'CLOSED_BY_ORGANIZATION'));

CREATE TABLE job_templates (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id UUID        NOT NULL,
    name            TEXT        NOT NULL,
    posting         JSONB       NOT NULL,
    created_by      UUID        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT job_templates_name UNIQUE (organization_id, name)
);
CREATE TRIGGER job_templates_updated_at BEFORE UPDATE ON job_templates FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A posting an organization writes. A draft lives here only (never in jobs, so no search, ranking or statistics sees
-- it); publishing writes it to jobs like an imported posting (enrichment queue, clusters, recompute triggers), and
-- job_id points at that row from then on.
CREATE TABLE posted_jobs (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id UUID        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    posting         JSONB       NOT NULL,
    template_id     UUID REFERENCES job_templates (id) ON DELETE SET NULL,
    job_id          UUID UNIQUE REFERENCES jobs (id) ON DELETE SET NULL,
    created_by      UUID        NOT NULL,
    updated_by      UUID        NOT NULL,
    published_at    TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER posted_jobs_updated_at BEFORE UPDATE ON posted_jobs FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_posted_jobs_org ON posted_jobs (organization_id, updated_at DESC);

-- The ATS stages on the candidate's application (one row per person and job, as before): SCREENING and SUBMITTED
-- join the pipeline, and a rejection keeps its reason.
ALTER TABLE applications DROP CONSTRAINT applications_status_check;
ALTER TABLE applications ADD CONSTRAINT applications_status_check
    CHECK (status IN ('SAVED', 'APPLIED', 'SCREENING', 'SUBMITTED', 'INTERVIEWING', 'OFFER', 'HIRED', 'REJECTED',
                      'WITHDRAWN'));
ALTER TABLE applications ADD COLUMN rejection_reason TEXT;
-- Who moved it: the candidate, or the organization's member.
ALTER TABLE application_events ADD COLUMN actor_id UUID;

-- Interview rounds of an application: time zone-aware (the instant, and the IANA zone it was set in).
CREATE TABLE interviews (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    application_id   UUID        NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    organization_id  UUID        NOT NULL,
    round            INTEGER     NOT NULL CHECK (round > 0),
    kind             TEXT        NOT NULL CHECK (kind IN ('PHONE', 'VIDEO', 'ONSITE', 'TECHNICAL', 'PANEL')),
    starts_at        TIMESTAMPTZ NOT NULL,
    time_zone        TEXT        NOT NULL,
    duration_minutes INTEGER     NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    interviewers     UUID[]      NOT NULL,
    location         TEXT,
    meeting_url      TEXT,
    outcome          TEXT        NOT NULL DEFAULT 'PENDING'
                                 CHECK (outcome IN ('PENDING', 'PASSED', 'FAILED', 'NO_SHOW', 'CANCELLED')),
    outcome_notes    TEXT,
    created_by       UUID        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT interviews_round UNIQUE (application_id, round)
);
CREATE TRIGGER interviews_updated_at BEFORE UPDATE ON interviews FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- One scorecard per interviewer and interview.
CREATE TABLE interview_feedback (
    interview_id   UUID        NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    interviewer_id UUID        NOT NULL,
    rating         SMALLINT    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    recommendation TEXT        NOT NULL CHECK (recommendation IN ('STRONG_YES', 'YES', 'NO', 'STRONG_NO')),
    notes          TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (interview_id, interviewer_id)
);
CREATE TRIGGER interview_feedback_updated_at BEFORE UPDATE ON interview_feedback FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A candidate put forward by a recruiter: to one of the organization's jobs, or to a client by name.
CREATE TABLE candidate_submissions (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id   UUID        NOT NULL,
    candidate_user_id UUID        NOT NULL,
    resume_id         UUID,
    posted_job_id     UUID REFERENCES posted_jobs (id) ON DELETE SET NULL,
    client_name       TEXT,
    application_id    UUID REFERENCES applications (id) ON DELETE SET NULL,
    note              TEXT,
    submitted_by      UUID        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT candidate_submissions_target CHECK (posted_job_id IS NOT NULL OR client_name IS NOT NULL)
);
CREATE INDEX idx_candidate_submissions_org ON candidate_submissions (organization_id, created_at DESC);

-- An organization's bench: candidates it keeps an eye on, with availability and tags.
CREATE TABLE hot_list_candidates (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id   UUID        NOT NULL,
    candidate_user_id UUID        NOT NULL,
    resume_id         UUID,
    availability      TEXT        NOT NULL CHECK (availability IN ('IMMEDIATE', 'TWO_WEEKS', 'ONE_MONTH', 'LATER',
                                                                   'UNAVAILABLE')),
    available_from    DATE,
    tags              TEXT[]      NOT NULL DEFAULT '{}',
    note              TEXT,
    added_by          UUID        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT hot_list_candidates_once UNIQUE (organization_id, candidate_user_id)
);
CREATE TRIGGER hot_list_candidates_updated_at BEFORE UPDATE ON hot_list_candidates FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_hot_list_tags ON hot_list_candidates USING gin (tags);

-- Calls to user-service (an email to a candidate, an audit entry) written in the transaction of the recruiter's
-- action, on the work-queue component: the action and its call commit together, and a call that fails is retried.
CREATE TABLE user_service_outbox (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    kind        TEXT        NOT NULL CHECK (kind IN ('EMAIL', 'AUDIT')),
    payload     JSONB       NOT NULL,
    status      VARCHAR(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'dead')),
    priority    SMALLINT    NOT NULL DEFAULT 0,
    owner_key   TEXT        NOT NULL,
    attempts    INTEGER     NOT NULL DEFAULT 0,
    run_after   TIMESTAMPTZ NOT NULL DEFAULT now(),
    lease_until TIMESTAMPTZ,
    lease_token UUID,
    claimed_at  TIMESTAMPTZ,
    last_error  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER user_service_outbox_updated_at BEFORE UPDATE ON user_service_outbox FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_user_service_outbox_due ON user_service_outbox (priority, run_after) WHERE status = 'pending';
CREATE INDEX idx_user_service_outbox_lease ON user_service_outbox (lease_until) WHERE status = 'running';
