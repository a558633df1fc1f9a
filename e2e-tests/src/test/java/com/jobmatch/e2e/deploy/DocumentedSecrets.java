package com.jobmatch.e2e.deploy;

import com.jobmatch.e2e.support.Repository;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets are never in git; deploy/README.md lists each one an operator must create, in a table under
 * "## Secrets" whose rows read {@code | `name` | `KEY`, `KEY` | ... |}.
 */
final class DocumentedSecrets {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private DocumentedSecrets() {
    }

    static Map<String, Set<String>> read(Path readme) {
        Map<String, Set<String>> secrets = new TreeMap<>();
        boolean inSection = false;
        for (String line : Repository.readLines(readme)) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Secrets");
            } else if (inSection && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                Matcher name = CODE.matcher(cells[1]);
                if (!name.find()) {
                    continue;
                }
                Set<String> keys = new TreeSet<>();
                Matcher key = CODE.matcher(cells[2]);
                while (key.find()) {
                    keys.add(key.group(1));
                }
                secrets.put(name.group(1), keys);
            }
        }
        return secrets;
    }
}
