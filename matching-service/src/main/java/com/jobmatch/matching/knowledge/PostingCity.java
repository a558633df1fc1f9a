package com.jobmatch.matching.knowledge;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The city of a posting that writes its place as one line ("Seattle, Washington, US") and lists no cities, as JSON
 * imports and boards that give a location string do: the line's first part, unless it is a country, a region alone
 * ("Texas, US", "Ontario"), or the line says the work is remote. Without it such a job had no city, and a person in
 * Seattle read a Seattle job as "in the candidate's country but not near Seattle".
 */
public final class PostingCity {

    private static final Pattern REMOTE = Pattern.compile("(?i)\\b(remote|anywhere|work from home|wfh)\\b");
    private static final Pattern PARTS = Pattern.compile("\\s*[,;|]\\s*");
    private static final Pattern BRACKETS = Pattern.compile("\\(.*?\\)");
    private static final Pattern POSTCODE = Pattern.compile("\\s*\\d[\\d -]*$");

    private PostingCity() {
    }

    /** The city a one-line place names first, if it names one. */
    public static Optional<String> of(String location, String country) {
        if (location == null || location.isBlank() || REMOTE.matcher(location).find()) {
            return Optional.empty();
        }
        String[] parts = PARTS.split(BRACKETS.matcher(location).replaceAll("").strip());
        String first = POSTCODE.matcher(parts[0]).replaceAll("").strip();
        if (first.chars().noneMatch(Character::isLetter) || Countries.code(first).isPresent()) {
            return Optional.empty();
        }
        boolean regionAlone = parts.length == 1 || (parts.length == 2 && Countries.code(parts[1]).isPresent());
        if (regionAlone && Regions.isRegion(first, country)) {
            return Optional.empty();
        }
        return Optional.of(first);
    }
}
