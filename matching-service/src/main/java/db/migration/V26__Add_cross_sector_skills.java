package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Adds the skills the shipped taxonomy gained since V5 (ESCO's cross-sector competences: "operate forklift",
 * "lead a team", "drive vehicles", with their ESCO URIs) to a catalogue loaded before, with their labels, and gives
 * known skills the ESCO URI the file now has. Skills already known keep their ids (jobs and resumes point at them).
 * Their one-word aliases go through V22's rule: a word in the labels of ten or more skills names none of them.
 */
public class V26__Add_cross_sector_skills extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        TaxonomyFile.addSkillsNotYetKnown(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            TaxonomyFile.addEscoUrisNotYetKnown(statement);
            statement.execute("""
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
                    WHERE a.skill_id = s.id AND s.id IN (SELECT id FROM taxonomy_rows)
                      AND a.alias <> lower(s.skill_name)
                      AND (a.alias ~ '^(and|or|of|to) ' OR (position(' ' IN a.alias) = 0 AND a.alias IN (SELECT word FROM shared)))""");
            statement.execute("""
                    UPDATE matching_metadata.skills_taxonomy s
                    SET synonyms = ARRAY(SELECT x FROM unnest(s.synonyms) AS x
                                         WHERE EXISTS (SELECT 1 FROM matching_metadata.skill_aliases a WHERE a.skill_id = s.id
                                                       AND a.alias = lower(regexp_replace(btrim(x), '\\s+', ' ', 'g')))
                                         ORDER BY x)
                    WHERE s.id IN (SELECT id FROM taxonomy_rows)""");
        } catch (SQLException e) {
            throw new IllegalStateException("adding skills from " + TaxonomyFile.RESOURCE + " failed", e);
        }
    }
}
