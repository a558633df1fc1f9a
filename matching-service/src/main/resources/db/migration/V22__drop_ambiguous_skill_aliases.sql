-- Aliases that name no skill on their own. ESCO's alternative labels include single common words ("engineering"
-- for packaging engineering, "security" for securities, "standard" and "board" for scaffolding components,
-- "language" for terminology) and fragments of labels split at a comma ("and procedures"). Looked up in a resume
-- or a posting they invent skills the text never claims, on both sides of a match.
--
-- A single-word alias is ambiguous when the word occurs in the labels of ten or more skills: it is a head word
-- many skills share, so alone it names none of them. A skill's own name is never removed. The same rule holds for
-- the synonyms list that ai-service's dictionary is built from.
WITH labels AS (
    SELECT id AS skill_id, lower(skill_name) AS label FROM matching_metadata.skills_taxonomy
    UNION
    SELECT skill_id, alias FROM matching_metadata.skill_aliases
), words AS (
    SELECT DISTINCT skill_id, word FROM labels, unnest(string_to_array(label, ' ')) AS word
), shared AS (
    SELECT word FROM words GROUP BY word HAVING count(DISTINCT skill_id) >= 10
)
DELETE FROM matching_metadata.skill_aliases a
USING matching_metadata.skills_taxonomy s
WHERE a.skill_id = s.id
  AND a.alias <> lower(s.skill_name)
  AND (a.alias ~ '^(and|or|of|to) ' OR (position(' ' IN a.alias) = 0 AND a.alias IN (SELECT word FROM shared)));

UPDATE matching_metadata.skills_taxonomy s
SET synonyms = ARRAY(SELECT x FROM unnest(s.synonyms) AS x
                     WHERE EXISTS (SELECT 1 FROM matching_metadata.skill_aliases a
                                   WHERE a.skill_id = s.id AND a.alias = lower(regexp_replace(btrim(x), '\s+', ' ', 'g')))
                     ORDER BY x)
WHERE EXISTS (SELECT 1 FROM unnest(s.synonyms) AS x
              WHERE NOT EXISTS (SELECT 1 FROM matching_metadata.skill_aliases a
                                WHERE a.skill_id = s.id AND a.alias = lower(regexp_replace(btrim(x), '\s+', ' ', 'g'))));
