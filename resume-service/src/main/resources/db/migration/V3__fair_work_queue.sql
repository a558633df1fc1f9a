-- resume_work joins the suite's one work-queue component (platform-common, com.jobmatch.common.queue):
-- a priority class (0 INTERACTIVE: a person's own upload or correction; 1 BULK: batch uploads) and an owner
-- (the user id) so that due work is taken class first and round-robin between owners within a class; a lease
-- token so that completing a stale claim changes nothing. Existing rows keep their state and their order.
ALTER TABLE resume_work
    ADD COLUMN priority    SMALLINT NOT NULL DEFAULT 1,
    ADD COLUMN owner_key   TEXT     NOT NULL DEFAULT '',
    ADD COLUMN lease_token UUID,
    ADD COLUMN claimed_at  TIMESTAMPTZ;

UPDATE resume_work w SET owner_key = r.user_id::text FROM resumes r WHERE r.id = w.resume_id;

DROP INDEX idx_resume_work_due;
CREATE INDEX idx_resume_work_due ON resume_work (priority, run_after) WHERE status = 'pending';

-- When each owner was last served, per queue: the round-robin's memory (rows of done work may be purged).
CREATE TABLE work_owner_turns (
    queue_name      TEXT        NOT NULL,
    owner_key       TEXT        NOT NULL,
    last_claimed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (queue_name, owner_key)
);
