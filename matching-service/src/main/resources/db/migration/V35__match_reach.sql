-- Freshness (issue 17): how far each stored ranking reaches, so that a newly enriched job is ranked again for the
-- people whose lists it would enter, and only for them. A ranking stores the resume's embedding direction (from the
-- catalogue's centre, as retrieval compares) and the similarity of the farthest job it retrieved; a new job at least
-- that similar would have been retrieved. reach NULL: the ranking was not full (its filters let fewer jobs through
-- than it retrieves, or the resume had no embedding), so any new job may enter it.
CREATE TABLE match_reach (
    resume_id  UUID PRIMARY KEY,
    user_id    UUID             NOT NULL,
    direction  vector(384),
    reach      DOUBLE PRECISION,
    ranked_at  TIMESTAMPTZ      NOT NULL DEFAULT now()
);
