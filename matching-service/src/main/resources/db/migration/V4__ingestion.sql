-- Import tracking (seed 003 bulk_import_jobs): one row per import, with its counts and rejected rows.
CREATE TABLE bulk_imports (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    format          TEXT        NOT NULL CHECK (format IN ('JSON', 'JSON_LD', 'CSV', 'FEED')),
    source          TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    requested_by    TEXT        NOT NULL,
    total_rows      INTEGER     NOT NULL DEFAULT 0,
    new_count       INTEGER     NOT NULL DEFAULT 0,
    updated_count   INTEGER     NOT NULL DEFAULT 0,
    unchanged_count INTEGER     NOT NULL DEFAULT 0,
    rejected_count  INTEGER     NOT NULL DEFAULT 0,
    started_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER bulk_imports_updated_at BEFORE UPDATE ON bulk_imports FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_bulk_imports_started ON bulk_imports (started_at DESC);
CREATE INDEX idx_bulk_imports_requested_by ON bulk_imports (requested_by);

CREATE TABLE bulk_import_rejections (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    import_id   UUID        NOT NULL REFERENCES bulk_imports (id) ON DELETE CASCADE,
    row_number  INTEGER     NOT NULL,
    external_id TEXT,
    reason      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_import_rejections_import ON bulk_import_rejections (import_id, row_number);

-- Durable enrichment work: written in the same transaction as the job, deleted only once ai-service answered.
CREATE TABLE enrichment_queue (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id          UUID        NOT NULL UNIQUE REFERENCES jobs (id) ON DELETE CASCADE,
    -- The job version to enrich: a worker deletes the entry only if the job has not changed again meanwhile.
    job_content_hash TEXT       NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER enrichment_queue_updated_at BEFORE UPDATE ON enrichment_queue FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_enrichment_queue_due ON enrichment_queue (next_attempt_at);

-- One row per collector run and feed source (seed 001 hourly collection statistics).
CREATE TABLE collector_runs (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    source          TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    pages_fetched   INTEGER     NOT NULL DEFAULT 0,
    jobs_seen       INTEGER     NOT NULL DEFAULT 0,
    new_count       INTEGER     NOT NULL DEFAULT 0,
    updated_count   INTEGER     NOT NULL DEFAULT 0,
    unchanged_count INTEGER     NOT NULL DEFAULT 0,
    rejected_count  INTEGER     NOT NULL DEFAULT 0,
    error           TEXT,
    started_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER collector_runs_updated_at BEFORE UPDATE ON collector_runs FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_collector_runs_source ON collector_runs (source, started_at DESC);
