-- Postings' occupations are read again under the rules of this version: a word alone ("Engineer", "Driver") names
-- only the ISCO group most labels it heads agree on (214, 83), an ESCO label's head noun is the word before its
-- preposition, and a title's other one-word labels ("Quality Assurance Analyst") are no occupation of their own.
-- Readings are derived from each job's stored text and embedding; a job without one is read again the first time it
-- is loaded for scoring (JobProfileStore), so dropping them loses nothing.
DELETE FROM job_occupations;
