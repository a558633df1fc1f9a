-- Application tracking (seed 003): one pipeline per person and job, every status change kept.
CREATE TABLE applications (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        UUID        NOT NULL,
    job_id         UUID        NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    resume_id      UUID,
    resume_version INTEGER CHECK (resume_version > 0),
    status         TEXT        NOT NULL CHECK (status IN ('SAVED', 'APPLIED', 'INTERVIEWING', 'OFFER', 'HIRED',
                                                          'REJECTED', 'WITHDRAWN')),
    notes          TEXT,
    applied_at     TIMESTAMPTZ,
    next_interview_at TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT applications_user_job UNIQUE (user_id, job_id)
);
CREATE TRIGGER applications_updated_at BEFORE UPDATE ON applications FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_applications_user_status ON applications (user_id, status);
CREATE INDEX idx_applications_job ON applications (job_id);
CREATE INDEX idx_applications_interview ON applications (next_interview_at) WHERE next_interview_at IS NOT NULL;

CREATE TABLE application_events (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    application_id UUID        NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    from_status    TEXT,
    to_status      TEXT        NOT NULL,
    note           TEXT,
    interview_at   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_application_events_application ON application_events (application_id, created_at);

-- Stored per user, listed through the API; delivery channels can read them later.
CREATE TABLE notifications (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        UUID        NOT NULL,
    kind           TEXT        NOT NULL CHECK (kind IN ('NEW_MATCH', 'APPLICATION_REMINDER', 'INTERVIEW_REMINDER')),
    job_id         UUID REFERENCES jobs (id) ON DELETE CASCADE,
    application_id UUID REFERENCES applications (id) ON DELETE CASCADE,
    title          TEXT        NOT NULL,
    body           TEXT        NOT NULL,
    -- Makes creation idempotent: a recompute or reminder run never notifies the same thing twice.
    dedup_key      TEXT        NOT NULL,
    read_at        TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT notifications_dedup UNIQUE (user_id, dedup_key)
);
CREATE INDEX idx_notifications_user ON notifications (user_id, created_at DESC);
CREATE INDEX idx_notifications_job ON notifications (job_id);
CREATE INDEX idx_notifications_application ON notifications (application_id);
