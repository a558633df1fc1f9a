package db.migration;

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
 * The shipped skills taxonomy (built by scripts/build-taxonomy.sh from ESCO, O*NET and Stack Overflow tag
 * synonyms), copied into two temporary tables a migration then reads with SQL: {@code taxonomy_rows} (a fresh id,
 * slug, name, category, source, ESCO URI) and {@code taxonomy_labels} (skill id, name or synonym). COPY keeps the
 * ~15k skills and ~120k labels to well under a second, which matters because every test boot loads them.
 */
final class TaxonomyFile {

    static final String RESOURCE = "taxonomy/skills-taxonomy.tsv.gz";

    private TaxonomyFile() {
    }

    static void copyIntoTempTables(Connection connection) throws IOException, SQLException {
        StringBuilder skills = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        try (BufferedReader in = open()) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                String id = UUID.randomUUID().toString();
                skills.append(String.join("\t", id, copyText(f[0]), copyText(f[1]), copyText(f[2]), copyText(f[3]),
                        f[4].isEmpty() ? "\\N" : copyText(f[4]))).append('\n');
                labels.append(id).append('\t').append(copyText(f[1])).append('\n');
                for (String synonym : f[5].isEmpty() ? new String[0] : f[5].split("\\|")) {
                    labels.append(id).append('\t').append(copyText(synonym)).append('\n');
                }
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMP TABLE taxonomy_rows (id UUID NOT NULL, slug TEXT NOT NULL, name TEXT NOT NULL,
                        category TEXT NOT NULL, source TEXT NOT NULL, esco_uri TEXT) ON COMMIT DROP""");
            statement.execute("CREATE TEMP TABLE taxonomy_labels (skill_id UUID NOT NULL, label TEXT NOT NULL) ON COMMIT DROP");
        }
        copy.copyIn("COPY taxonomy_rows FROM STDIN", new StringReader(skills.toString()));
        copy.copyIn("COPY taxonomy_labels FROM STDIN", new StringReader(labels.toString()));
    }

    private static BufferedReader open() throws IOException {
        InputStream raw = TaxonomyFile.class.getClassLoader().getResourceAsStream(RESOURCE);
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
