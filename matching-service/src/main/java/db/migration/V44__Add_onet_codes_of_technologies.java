package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * Gives each technology of the taxonomy O*NET's commodity code for it (UNSPSC: "43232110" spreadsheet software for
 * Microsoft Excel), as the shipped file now carries it, so that every skill read from a text carries its taxonomy id,
 * its ESCO URI where one exists, and its O*NET code where it is a technology.
 */
public class V44__Add_onet_codes_of_technologies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE matching_metadata.skills_taxonomy ADD COLUMN onet_code text");
        }
        TaxonomyFile.copyIntoTempTables(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    UPDATE matching_metadata.skills_taxonomy s SET onet_code = r.onet_code
                    FROM taxonomy_rows r WHERE r.slug = s.slug AND r.onet_code IS NOT NULL""");
        }
    }
}
