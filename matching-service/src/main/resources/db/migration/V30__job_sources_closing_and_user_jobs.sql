-- Real job supply (issue 19): source adapters with per-run statistics, postings that close, and jobs a person brings.

-- Closing: a posting gone from its source on a complete run, or past its validThrough, is closed. It is kept (history,
-- applications) and never matched again; seen again, it reopens. A private job belongs to the person who brought it
-- (seed 004's per-user jobs) and is seen by nobody else.
ALTER TABLE jobs
    ADD COLUMN valid_through TIMESTAMPTZ,
    ADD COLUMN closed_at     TIMESTAMPTZ,
    ADD COLUMN closed_reason TEXT CHECK (closed_reason IN ('GONE_FROM_SOURCE', 'EXPIRED')),
    ADD COLUMN owner_user_id UUID,
    ADD CONSTRAINT jobs_closed_has_reason CHECK ((closed_at IS NULL) = (closed_reason IS NULL));
CREATE INDEX idx_jobs_expiring ON jobs (valid_through) WHERE closed_at IS NULL AND valid_through IS NOT NULL;
CREATE INDEX idx_jobs_owner ON jobs (owner_user_id) WHERE owner_user_id IS NOT NULL;

-- The collector's runs become the runs of every configured source (old rows kept): queued, then running with live
-- counters, then finished with what happened and why.
ALTER TABLE collector_runs RENAME TO source_runs;
ALTER TABLE source_runs DROP CONSTRAINT collector_runs_status_check;
ALTER TABLE source_runs ALTER COLUMN started_at DROP NOT NULL, ALTER COLUMN started_at DROP DEFAULT;
ALTER TABLE source_runs
    ADD CONSTRAINT source_runs_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    ADD COLUMN kind               TEXT,
    ADD COLUMN requested_by       TEXT,
    ADD COLUMN queued_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN closed_count       INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN reopened_count     INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN rate_limited_count INTEGER     NOT NULL DEFAULT 0,
    -- every page was read: only then can a posting missing from the run be taken as gone
    ADD COLUMN complete           BOOLEAN     NOT NULL DEFAULT false,
    -- the source asked us (Retry-After) not to come back before this time
    ADD COLUMN not_before         TIMESTAMPTZ,
    ADD COLUMN quota_remaining    TEXT;
UPDATE source_runs SET queued_at = started_at, kind = 'jobmatch-feed';
ALTER INDEX idx_collector_runs_source RENAME TO idx_source_runs_source;
ALTER TRIGGER collector_runs_updated_at ON source_runs RENAME TO source_runs_updated_at;
CREATE INDEX idx_source_runs_queued ON source_runs (queued_at DESC);

-- Rows a run could not store, with the page and row they came from and why.
CREATE TABLE source_run_rejections (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    run_id      UUID        NOT NULL REFERENCES source_runs (id) ON DELETE CASCADE,
    page        INTEGER     NOT NULL,
    row_number  INTEGER     NOT NULL,
    external_id TEXT,
    reason      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_source_run_rejections_run ON source_run_rejections (run_id, page, row_number);

-- Which configured source lists which job, and the last run that saw it there.
CREATE TABLE source_postings (
    source        TEXT        NOT NULL,
    job_id        UUID        NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    last_seen_run UUID        NOT NULL,
    first_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source, job_id)
);
CREATE INDEX idx_source_postings_job ON source_postings (job_id);

-- Scheduled and requested runs go through the suite's work-queue component (platform-common): at most one waiting or
-- running item per source.
CREATE TABLE source_run_queue (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    run_id      UUID        NOT NULL UNIQUE REFERENCES source_runs (id) ON DELETE CASCADE,
    source      TEXT        NOT NULL,
    status      VARCHAR(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'dead')),
    priority    SMALLINT    NOT NULL DEFAULT 1,
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
CREATE TRIGGER source_run_queue_updated_at BEFORE UPDATE ON source_run_queue FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE UNIQUE INDEX uq_source_run_queue_active ON source_run_queue (source) WHERE status IN ('pending', 'running');
CREATE INDEX idx_source_run_queue_due ON source_run_queue (priority, run_after) WHERE status = 'pending';
CREATE INDEX idx_source_run_queue_lease ON source_run_queue (lease_until) WHERE status = 'running';

-- Jobs a person brought (seed 004 "jobs": user_id, source_type url/document/manual, source_url): the posting itself
-- is a private row of jobs, parsed and enriched like any other.
CREATE TABLE user_jobs (
    job_id      UUID PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    user_id     UUID        NOT NULL,
    source_type TEXT        NOT NULL CHECK (source_type IN ('url', 'text')),
    source_url  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER user_jobs_updated_at BEFORE UPDATE ON user_jobs FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_user_jobs_user ON user_jobs (user_id, created_at DESC);
