-- Issue 20, user-service side: organizations and their members (recruiter accounts are no longer self-service),
-- invitations by email, the notifications that leave the app by email (the ATS design's `notifications`), and the
-- audit log widened to recruiter actions recorded by matching-service (the ATS design's `audit_log`).

CREATE TABLE organizations (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name       VARCHAR(200) NOT NULL,
    -- the admin who created it; kept when that account goes
    created_by UUID,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organizations_name_key ON organizations (lower(name));
CREATE TRIGGER organizations_updated_at BEFORE UPDATE ON organizations FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A user belongs to at most one organization: user_id is unique.
CREATE TABLE organization_members (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id UUID        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id         UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            VARCHAR(20) NOT NULL CHECK (role IN ('owner', 'recruiter', 'hiring_manager')),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organization_members_user_key ON organization_members (user_id);
CREATE INDEX organization_members_organization_idx ON organization_members (organization_id);
CREATE TRIGGER organization_members_updated_at BEFORE UPDATE ON organization_members FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Mailed single-use invitations, stored hashed like the other mailed tokens.
CREATE TABLE organization_invitations (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id UUID         NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email           VARCHAR(254) NOT NULL CHECK (email = lower(btrim(email))),
    role            VARCHAR(20)  NOT NULL CHECK (role IN ('owner', 'recruiter', 'hiring_manager')),
    token_hash      VARCHAR(64)  NOT NULL,
    invited_by      UUID,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ  NOT NULL,
    accepted_at     TIMESTAMPTZ,
    accepted_by     UUID,
    revoked_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX organization_invitations_token_hash_key ON organization_invitations (token_hash);
CREATE INDEX organization_invitations_organization_idx ON organization_invitations (organization_id);
CREATE INDEX organization_invitations_email_idx ON organization_invitations (email);

-- Every email notification asked for through POST /internal/notifications/email: sent at once, or waiting for the
-- user's daily or weekly digest (NEW_MATCHES), or not sent (the user turned email off).
CREATE TABLE notifications (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       VARCHAR(40)  NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    delivery   VARCHAR(20)  NOT NULL CHECK (delivery IN ('SENT', 'DAILY_DIGEST', 'WEEKLY_DIGEST', 'SUPPRESSED')),
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at    TIMESTAMPTZ
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at);
CREATE INDEX notifications_digest_due_idx ON notifications (delivery, user_id) WHERE sent_at IS NULL;

-- The audit log also holds organization events and recruiter actions reported by matching-service (whose detail
-- may be a small JSON document, hence the longer detail).
ALTER TABLE audit_log
    ALTER COLUMN detail TYPE VARCHAR(2000),
    ADD COLUMN organization_id UUID,
    ADD COLUMN source          VARCHAR(40) NOT NULL DEFAULT 'user-service',
    ADD COLUMN action          VARCHAR(60),
    ADD COLUMN target          VARCHAR(120);
CREATE INDEX audit_log_organization_idx ON audit_log (organization_id, occurred_at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, occurred_at);
