-- Deep analysis joins the suite's one work-queue component (platform-common, com.jobmatch.common.queue) instead of
-- polling user_job_matches.analysis_status: one analysis_queue row per match waiting for its analysis, with the
-- component's status (and dead state with the last error), priority class, owner (the person, so people take
-- turns), lease and backoff. analysis_status stays what the API shows.
CREATE TABLE analysis_queue (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id    UUID        NOT NULL UNIQUE REFERENCES user_job_matches (id) ON DELETE CASCADE,
    status      VARCHAR(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'dead')),
    priority    SMALLINT    NOT NULL DEFAULT 1,
    owner_key   TEXT        NOT NULL DEFAULT '',
    attempts    INTEGER     NOT NULL DEFAULT 0,
    run_after   TIMESTAMPTZ NOT NULL DEFAULT now(),
    lease_until TIMESTAMPTZ,
    lease_token UUID,
    claimed_at  TIMESTAMPTZ,
    last_error  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER analysis_queue_updated_at BEFORE UPDATE ON analysis_queue FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX idx_analysis_queue_due ON analysis_queue (priority, run_after) WHERE status = 'pending';
CREATE INDEX idx_analysis_queue_lease ON analysis_queue (lease_until) WHERE status = 'running';

-- A match that becomes PENDING (new, or its score changed) is queued in the same transaction, whoever wrote it.
-- An entry already there starts over (a running analysis of the old score then completes as stale and the entry
-- is analyzed again); a dead one gets a new chance.
CREATE OR REPLACE FUNCTION queue_deep_analysis() RETURNS trigger AS $$
BEGIN
    INSERT INTO analysis_queue (match_id, owner_key) VALUES (NEW.id, NEW.user_id::text)
    ON CONFLICT (match_id) DO UPDATE SET status = 'pending', attempts = 0, run_after = now(), lease_until = NULL,
                                         lease_token = NULL, last_error = NULL;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER user_job_matches_queue_analysis AFTER INSERT ON user_job_matches
    FOR EACH ROW WHEN (NEW.analysis_status = 'PENDING')
    EXECUTE FUNCTION queue_deep_analysis();
CREATE TRIGGER user_job_matches_requeue_analysis AFTER UPDATE OF analysis_status, overall_score ON user_job_matches
    FOR EACH ROW WHEN (NEW.analysis_status = 'PENDING' AND (OLD.analysis_status IS DISTINCT FROM NEW.analysis_status
                                                            OR OLD.overall_score IS DISTINCT FROM NEW.overall_score))
    EXECUTE FUNCTION queue_deep_analysis();

INSERT INTO analysis_queue (match_id, owner_key)
SELECT id, user_id::text FROM user_job_matches WHERE analysis_status = 'PENDING';
