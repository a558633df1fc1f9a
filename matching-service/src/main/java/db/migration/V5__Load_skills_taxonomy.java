package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * Loads the shipped skills taxonomy (built by scripts/build-taxonomy.sh from ESCO, O*NET and Stack Overflow
 * tag synonyms) into matching_metadata.skills_taxonomy and its alias index. COPY keeps the ~12k skills and
 * ~100k labels to well under a second, which matters because every test boot re-runs it.
 */
public class V5__Load_skills_taxonomy extends BaseJavaMigration {

    static final String RESOURCE = "taxonomy/skills-taxonomy.tsv.gz";

    @Override
    public void migrate(Context context) throws Exception {
        StringBuilder skills = new StringBuilder();
        StringBuilder synonyms = new StringBuilder();
        try (BufferedReader in = open()) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                String id = UUID.randomUUID().toString();
                skills.append(String.join("\t", id, copyText(f[0]), copyText(f[1]), copyText(f[1]), copyText(f[2]),
                        copyText(f[3]), f[4].isEmpty() ? "\\N" : copyText(f[4]))).append('\n');
                synonyms.append(id).append('\t').append(copyText(f[1])).append('\n');
                for (String synonym : f[5].isEmpty() ? new String[0] : f[5].split("\\|")) {
                    synonyms.append(id).append('\t').append(copyText(synonym)).append('\n');
                }
            }
        }
        Connection connection = context.getConnection();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE taxonomy_labels (skill_id UUID NOT NULL, label TEXT NOT NULL) ON COMMIT DROP");
            copy.copyIn("COPY matching_metadata.skills_taxonomy (id, slug, skill_name, canonical_name, category, source, esco_uri) FROM STDIN",
                    new StringReader(skills.toString()));
            copy.copyIn("COPY taxonomy_labels (skill_id, label) FROM STDIN", new StringReader(synonyms.toString()));
            statement.execute("""
                    INSERT INTO matching_metadata.skill_aliases (alias, skill_id)
                    SELECT DISTINCT lower(regexp_replace(btrim(label), '\\s+', ' ', 'g')), skill_id FROM taxonomy_labels""");
            statement.execute("""
                    UPDATE matching_metadata.skills_taxonomy s SET synonyms = l.labels
                    FROM (SELECT t.skill_id, array_agg(t.label ORDER BY t.label) AS labels
                          FROM taxonomy_labels t JOIN matching_metadata.skills_taxonomy k ON k.id = t.skill_id
                          WHERE t.label <> k.skill_name GROUP BY t.skill_id) l
                    WHERE s.id = l.skill_id""");
        } catch (SQLException e) {
            throw new IllegalStateException("loading " + RESOURCE + " failed", e);
        }
    }

    private static BufferedReader open() throws IOException {
        InputStream raw = V5__Load_skills_taxonomy.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
    }

    /** COPY text format: backslash is the escape character; tabs and newlines never occur (the builder strips them). */
    private static String copyText(String value) {
        return value.replace("\\", "\\\\");
    }
}
