-- Interview reminders (issue 20): each round's reminder emails (to the candidate and to its interviewers) are queued in
-- the outbox once, in the same transaction that marks the round reminded, so a restart or a second instance never
-- queues them again. The outbox rows name what they are about (reference), so cancelling a round withdraws a reminder
-- that is queued but not yet sent.
ALTER TABLE interviews ADD COLUMN reminder_queued_at TIMESTAMPTZ;
CREATE INDEX idx_interviews_reminder_due ON interviews (starts_at) WHERE reminder_queued_at IS NULL AND outcome = 'PENDING';

ALTER TABLE user_service_outbox ADD COLUMN reference TEXT;
CREATE INDEX idx_user_service_outbox_reference ON user_service_outbox (reference) WHERE reference IS NOT NULL;
