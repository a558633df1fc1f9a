-- The person's filtered fields a matched job does not state, and whether that ranks it after the jobs known to pass
-- (their choice, user-service's preference unknownJobData). Rows ranked before this column existed are recomputed
-- with the next ranking; until then they count as known.
ALTER TABLE user_job_matches
    ADD COLUMN unstated_filters TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN below_known      BOOLEAN NOT NULL DEFAULT FALSE;
