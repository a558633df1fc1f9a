-- Sessions ended and accounts disabled, read by every service (GET /internal/token-revocations) so that access
-- tokens issued before stop working within seconds instead of at their expiry. A row matters only while a token it
-- refuses can still be alive (one access-token lifetime); Housekeeping deletes older rows.
CREATE TABLE token_revocations (
    id         BIGSERIAL PRIMARY KEY,
    kind       VARCHAR(10) NOT NULL CHECK (kind IN ('session', 'user')),
    subject_id UUID        NOT NULL,
    revoked_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX token_revocations_revoked_at_idx ON token_revocations (revoked_at);
