package com.jobmatch.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the repository is, and what the services read from their environment. */
public final class Repository {

    public static final List<String> SERVICES = List.of("user", "resume", "ai", "matching");

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");

    private Repository() {
    }

    /** The repository root: the nearest directory above the working directory that holds the suite script. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("suite")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
    }

    /**
     * Environment variables one service reads outside tests: ${NAME} and ${NAME:default} in platform-common's
     * shared configuration and in the service's application.properties (lines of the prod profile, which
     * packaged services run with, included; other profiles' lines excluded).
     */
    public static Set<String> environmentNames(String service, boolean onlyWithoutDefault) {
        Set<String> names = new TreeSet<>();
        for (Path file : List.of(
                root().resolve("platform-common/src/main/resources/META-INF/microprofile-config.properties"),
                root().resolve(service + "-service/src/main/resources/application.properties"))) {
            for (String line : readLines(file)) {
                if (line.startsWith("#") || (line.startsWith("%") && !line.startsWith("%prod."))) {
                    continue;
                }
                Matcher matcher = ENV_REFERENCE.matcher(line);
                while (matcher.find()) {
                    if (!onlyWithoutDefault || matcher.group(2).isEmpty()) {
                        names.add(matcher.group(1));
                    }
                }
            }
        }
        return names;
    }

    public static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
