-- Care and support workers are pink-collar work: the title vocabulary (CollarClassifier) lacked "care worker" and
-- "support worker", so a "Senior Care Worker" posting was weighed as office work. Postings written before keep
-- their collar until this reclassifies them by the same words; their matches are scored with the collar's weights
-- the next time they are scored.
UPDATE jobs
SET collar_type = 'PINK',
    collar_reason = 'title mentions ''' || substring(lower(title) FROM '(care worker|support worker)') || ''''
WHERE collar_type = 'WHITE'
  AND lower(title) ~ '\m(care worker|support worker)\M';
