package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Removes the aliases the shipped taxonomy no longer lists from a catalogue loaded before. The file stopped joining
 * Stack Overflow tags to skills through a one-word alternative label ("cybersecurity" and "web-security" reached
 * securities through ESCO's "security"; "java-collections-api" reached art collections through "collection"); see
 * the module README ("Skills taxonomy"). Skills keep their ids and names; aliases are only ever loaded from the file,
 * so nothing else is lost.
 */
public class V33__Drop_aliases_the_taxonomy_no_longer_lists extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        TaxonomyFile.copyIntoTempTables(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    CREATE TEMP TABLE listed ON COMMIT DROP AS
                    SELECT DISTINCT r.slug, lower(regexp_replace(btrim(t.label), '\\s+', ' ', 'g')) AS alias
                    FROM taxonomy_rows r JOIN taxonomy_labels t ON t.skill_id = r.id""");
            // Temp tables have no statistics and no index: without these the planner scans every listed alias for
            // every synonym of every skill, which took minutes on a fresh catalogue.
            statement.execute("CREATE INDEX ON listed (slug, alias)");
            statement.execute("CREATE INDEX ON taxonomy_rows (slug)");
            statement.execute("ANALYZE listed");
            statement.execute("ANALYZE taxonomy_rows");
            statement.execute("""
                    DELETE FROM matching_metadata.skill_aliases a
                    USING matching_metadata.skills_taxonomy s
                    WHERE a.skill_id = s.id AND a.alias <> lower(s.skill_name)
                      AND s.slug IN (SELECT slug FROM taxonomy_rows)
                      AND NOT EXISTS (SELECT 1 FROM listed l WHERE l.slug = s.slug AND l.alias = a.alias)""");
            statement.execute("""
                    UPDATE matching_metadata.skills_taxonomy s
                    SET synonyms = ARRAY(SELECT x FROM unnest(s.synonyms) AS x
                                         WHERE EXISTS (SELECT 1 FROM listed l WHERE l.slug = s.slug
                                                       AND l.alias = lower(regexp_replace(btrim(x), '\\s+', ' ', 'g')))
                                         ORDER BY x)
                    WHERE s.slug IN (SELECT slug FROM taxonomy_rows)""");
        } catch (SQLException e) {
            throw new IllegalStateException("dropping aliases " + TaxonomyFile.RESOURCE + " no longer lists failed", e);
        }
    }
}
