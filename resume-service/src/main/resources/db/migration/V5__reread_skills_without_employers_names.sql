-- A resume's skills no longer include one named inside the name of an employer its parsed roles hold ("Flint Energy"
-- read as knowledge of energy): the employers now go to ai-service with the text. Every enriched resume with a parsed
-- role is read again, as bulk work of its owner; until then it keeps its old skills.
INSERT INTO resume_work (resume_id, kind, priority, owner_key)
SELECT id, 'enrich', 1, user_id::text FROM resumes
WHERE enriched AND CASE WHEN jsonb_typeof(resume_data -> 'work_experience') = 'array'
                       THEN jsonb_array_length(resume_data -> 'work_experience') ELSE 0 END > 0;
