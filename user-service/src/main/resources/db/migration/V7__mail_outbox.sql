-- Mail waiting to leave, on the suite's one work-queue component (platform-common, com.jobmatch.common.queue): a
-- mail is a row written in the transaction of the change it reports, so it exists exactly when that change
-- committed, and it stays until the mail server has taken it (a failed or hung send is retried with backoff, a
-- restart loses nothing). A sent mail's row is deleted: its text holds one-time tokens. A mail given up on
-- (status dead) keeps recipient, subject and the last error for the operator, its text blanked.
CREATE TABLE mail_outbox (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    recipient   VARCHAR(320) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    text        TEXT,
    status      VARCHAR(10)  NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'dead')),
    -- 0 INTERACTIVE: someone waits for it (confirmation, password reset, invitation); 1 BULK: notices, digests
    priority    SMALLINT     NOT NULL DEFAULT 0,
    -- a digest of the recipient, so that one address's many mails take turns with the others' (and the queue's
    -- turn table holds no address)
    owner_key   TEXT         NOT NULL,
    attempts    INTEGER      NOT NULL DEFAULT 0,
    run_after   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    lease_until TIMESTAMPTZ,
    lease_token UUID,
    claimed_at  TIMESTAMPTZ,
    last_error  TEXT,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE TRIGGER mail_outbox_updated_at BEFORE UPDATE ON mail_outbox FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE INDEX mail_outbox_due_idx ON mail_outbox (priority, run_after) WHERE status = 'pending';
CREATE INDEX mail_outbox_lease_idx ON mail_outbox (lease_until) WHERE status = 'running';

-- When each owner was last served, per queue: the work queue's round-robin memory.
CREATE TABLE work_owner_turns (
    queue_name      TEXT        NOT NULL,
    owner_key       TEXT        NOT NULL,
    last_claimed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (queue_name, owner_key)
);
