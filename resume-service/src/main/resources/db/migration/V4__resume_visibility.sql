-- Candidate control (issue 20): the owner decides which organizations' recruiters may see a resume. PRIVATE: none;
-- ALL_ORGANIZATIONS: every recruiter (what "searchable" meant so far); SELECTED_ORGANIZATIONS: the recruiters of the
-- organizations in visible_to only. `searchable` stays, kept equal to "visible to some organization" by the service.
ALTER TABLE resumes ADD COLUMN visibility TEXT NOT NULL DEFAULT 'PRIVATE'
    CHECK (visibility IN ('PRIVATE', 'ALL_ORGANIZATIONS', 'SELECTED_ORGANIZATIONS'));
ALTER TABLE resumes ADD COLUMN visible_to UUID[] NOT NULL DEFAULT '{}';
UPDATE resumes SET visibility = 'ALL_ORGANIZATIONS' WHERE searchable;
ALTER TABLE resumes ADD CONSTRAINT resumes_visible_to_selected
    CHECK ((visibility = 'SELECTED_ORGANIZATIONS') = (cardinality(visible_to) > 0));
