-- What a person's hard filters do with a job that does not state the filtered field: RANK_BELOW (shown after the
-- jobs known to pass, flagged), EXCLUDE or INCLUDE.
ALTER TABLE user_preferences
    ADD COLUMN unknown_job_data VARCHAR(10) NOT NULL DEFAULT 'RANK_BELOW'
        CHECK (unknown_job_data IN ('RANK_BELOW', 'EXCLUDE', 'INCLUDE'));
