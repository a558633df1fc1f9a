-- What a free-text posting states about itself (employment type, work arrangement, pay, experience, education), each
-- with the words that state it: [{field, value, source, start, end, quote}], written at enrichment (PostingFacts).
-- Jobs enriched before this keep '[]' until their next enrichment.
ALTER TABLE jobs ADD COLUMN stated_facts JSONB NOT NULL DEFAULT '[]';
