package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

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
        TaxonomyFile.dropUnlistedAliases(context.getConnection());
    }
}
