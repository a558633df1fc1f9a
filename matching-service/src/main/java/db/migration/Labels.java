package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

/** The alias index and synonyms array of taxonomy skills, from the {@link TaxonomyFile} labels. */
final class Labels {

    private Labels() {
    }

    /** Indexes the labels of the skills the SQL condition {@code which} (over {@code k}, the skill) selects. */
    static void index(Statement statement, String which) throws SQLException {
        statement.execute("""
                INSERT INTO matching_metadata.skill_aliases (alias, skill_id)
                SELECT DISTINCT lower(regexp_replace(btrim(t.label), '\\s+', ' ', 'g')), t.skill_id
                FROM taxonomy_labels t JOIN matching_metadata.skills_taxonomy k ON k.id = t.skill_id
                WHERE %s""".formatted(which));
        statement.execute("""
                UPDATE matching_metadata.skills_taxonomy s SET synonyms = l.labels
                FROM (SELECT t.skill_id, array_agg(t.label ORDER BY t.label) AS labels
                      FROM taxonomy_labels t JOIN matching_metadata.skills_taxonomy k ON k.id = t.skill_id
                      WHERE t.label <> k.skill_name AND %s GROUP BY t.skill_id) l
                WHERE s.id = l.skill_id""".formatted(which));
    }
}
