package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Once removed the aliases the shipped taxonomy stopped listing when Stack Overflow tags were no longer joined through
 * one-word labels. {@link V36__Drop_labels_skills_borrow_from_other_skills} does the same against the newer file, which
 * lists fewer still, so this step now leaves the work to it: running both would read the file twice on every fresh
 * catalogue (every test and e2e database) for nothing. Kept so that databases which applied it stay valid.
 */
public class V33__Drop_aliases_the_taxonomy_no_longer_lists extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        // Superseded by V36 (see above).
    }
}
