-- enrichment_queue and match_recompute_queue join the suite's one work-queue component (platform-common,
-- com.jobmatch.common.queue): a status with a dead state, a priority class (0 INTERACTIVE, 1 BULK), an owner for
-- round-robin within a class, and a lease of its own (lease_until, lease_token) instead of next_attempt_at doing
-- double duty. Every existing row is kept and stays due when it was due before.

-- Enrichment: owner = the posting's source, so one feed's import of thousands does not hold up another's.
ALTER TABLE enrichment_queue RENAME COLUMN next_attempt_at TO run_after;
ALTER TABLE enrichment_queue
    ADD COLUMN status      VARCHAR(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'dead')),
    ADD COLUMN priority    SMALLINT    NOT NULL DEFAULT 1,
    ADD COLUMN owner_key   TEXT        NOT NULL DEFAULT '',
    ADD COLUMN lease_until TIMESTAMPTZ,
    ADD COLUMN lease_token UUID,
    ADD COLUMN claimed_at  TIMESTAMPTZ;
UPDATE enrichment_queue q SET owner_key = j.source FROM jobs j WHERE j.id = q.job_id;
DROP INDEX idx_enrichment_queue_due;
CREATE INDEX idx_enrichment_queue_due ON enrichment_queue (priority, run_after) WHERE status = 'pending';
CREATE INDEX idx_enrichment_queue_lease ON enrichment_queue (lease_until) WHERE status = 'running';

-- Recompute: a person's own change (resume, preferences) is interactive, weights and job fan-out are bulk;
-- owner = the user (or the resume or job when no user is known).
ALTER TABLE match_recompute_queue RENAME COLUMN next_attempt_at TO run_after;
ALTER TABLE match_recompute_queue
    ADD COLUMN status      VARCHAR(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'dead')),
    ADD COLUMN priority    SMALLINT    NOT NULL DEFAULT 1,
    ADD COLUMN owner_key   TEXT        NOT NULL DEFAULT '',
    ADD COLUMN lease_until TIMESTAMPTZ,
    ADD COLUMN lease_token UUID,
    ADD COLUMN claimed_at  TIMESTAMPTZ;
UPDATE match_recompute_queue
SET priority = CASE WHEN reason IN ('RESUME', 'PREFERENCES') AND user_id IS NOT NULL THEN 0 ELSE 1 END,
    owner_key = coalesce(user_id::text, resume_id::text, job_id::text, '');
DROP INDEX idx_recompute_due;
CREATE INDEX idx_recompute_due ON match_recompute_queue (priority, run_after) WHERE status = 'pending';
CREATE INDEX idx_recompute_lease ON match_recompute_queue (lease_until) WHERE status = 'running';

-- When each owner was last served, per queue: the round-robin's memory (done rows are deleted).
CREATE TABLE work_owner_turns (
    queue_name      TEXT        NOT NULL,
    owner_key       TEXT        NOT NULL,
    last_claimed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (queue_name, owner_key)
);
