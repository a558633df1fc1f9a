package com.jobmatch.matching.enrichment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A text as the statements it makes: a posting's duties and requirements, a resume's roles, achievements and
 * skills. The embedding model reads about 256 word pieces, so one embedding of a whole posting sees mostly its
 * company introduction; embedding statement by statement reads all of it.
 */
public final class Statements {

    /** Statements embedded per posting and per resume. */
    public static final int MAX_JOB_STATEMENTS = 24;
    public static final int MAX_RESUME_STATEMENTS = 48;

    /** Sentence ends, line breaks, bullets and semicolons separate statements. */
    private static final Pattern BREAKS = Pattern.compile("(?<=[.!?])\\s+|[\\r\\n]+|[•●▪◦·;|]+|\\s-\\s");
    /** Fragments this short ("Location: Remote", "Apply now") state nothing to match. */
    private static final int MIN_CHARS = 25;
    /** A longer statement is cut to what the model reads anyway. */
    private static final int MAX_CHARS = 400;

    private Statements() {
    }

    /**
     * The distinct statements of a text in order, at most {@code max}, taken evenly across the text when there
     * are more (so a long posting's requirements are not cut off by its introduction). A text without any
     * statement long enough is one statement itself.
     */
    public static List<String> of(String text, int max) {
        if (text == null || text.isBlank() || max <= 0) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String piece : BREAKS.split(text)) {
            String statement = piece.strip().replaceAll("\\s+", " ");
            if (statement.length() >= MIN_CHARS) {
                distinct.add(statement.length() > MAX_CHARS ? statement.substring(0, MAX_CHARS) : statement);
            }
        }
        if (distinct.isEmpty()) {
            String whole = text.strip().replaceAll("\\s+", " ");
            return List.of(whole.length() > MAX_CHARS ? whole.substring(0, MAX_CHARS) : whole);
        }
        List<String> all = new ArrayList<>(distinct);
        if (all.size() <= max) {
            return all;
        }
        List<String> spread = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            spread.add(all.get((int) ((long) i * all.size() / max)));
        }
        return spread;
    }
}
