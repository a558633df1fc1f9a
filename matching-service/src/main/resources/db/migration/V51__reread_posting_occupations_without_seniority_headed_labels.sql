-- Postings' occupations are read again: an ESCO label whose head noun is a seniority word ("high school principal",
-- "insurance lead", "bar staff") is no longer read without it as an occupation of its own ("high school"), which had
-- read postings asking for a high school diploma as work as an education manager (Occupations.headedBySeniority).
-- Readings come from each job's stored text and embedding and are read again the first time a job is loaded for
-- scoring (JobProfileStore); the rankings V50 queued are recomputed with the new readings.
DELETE FROM job_occupations;
