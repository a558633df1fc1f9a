package com.jobmatch.matching.knowledge;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one way skill labels are compared: case-insensitive, whitespace collapsed. */
public final class SkillNames {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SkillNames() {
    }

    public static String normalize(String label) {
        return label == null ? "" : WHITESPACE.matcher(label.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
