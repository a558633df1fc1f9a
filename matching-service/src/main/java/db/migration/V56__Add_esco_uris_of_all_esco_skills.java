package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * Gives the ESCO skills of a catalogue loaded before their ESCO URI as the shipped file now carries it: 13,201 of
 * the 13,891 ESCO skills, where the shared URI subset gave 4,182. A skill keeps a URI it has; ids do not change.
 */
public class V56__Add_esco_uris_of_all_esco_skills extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        TaxonomyFile.copyIntoTempTables(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    UPDATE matching_metadata.skills_taxonomy s SET esco_uri = r.esco_uri
                    FROM taxonomy_rows r WHERE r.slug = s.slug AND s.esco_uri IS NULL AND r.esco_uri IS NOT NULL""");
        }
    }
}
