package com.jobmatch.matching.bench;

import com.jobmatch.matching.domain.MatchingService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Evaluated, not adopted (see the README's evaluation): late-interaction semantic similarity: a job is a list of statements (requirements, duties), a resume a list of
 * statements (roles, achievements, skills), and the fit is the mean over the job's statements of the best
 * similarity to any resume statement. One whole-document embedding averages a resume's many roles into one
 * blurred vector and lets a posting's company boilerplate weigh as much as its requirements; coverage asks,
 * requirement by requirement, whether the resume says something close.
 */
final class RequirementCoverage {

    /** Sentence ends, line breaks, bullets and semicolons separate statements. */
    private static final Pattern BREAKS = Pattern.compile("(?<=[.!?])\\s+|[\\r\\n]+|[•●▪◦·;|]+|\\s-\\s");
    /** Statements embedded per posting and per resume: a long posting's requirements and a resume's roles. */
    static final int MAX_JOB_STATEMENTS = 24;
    static final int MAX_RESUME_STATEMENTS = 48;
    /** Fragments this short ("Location: Remote", "Apply now") carry no requirement. */
    static final int MIN_CHARS = 25;
    /** A statement longer than this is cut; the embedding model reads about 256 word pieces. */
    static final int MAX_CHARS = 400;

    private RequirementCoverage() {
    }

    /**
     * The distinct statements of a text in order, at most {@code max}. When there are more, they are taken
     * evenly across the text (not only the start), so a long posting's requirements are not cut off by its
     * company introduction.
     */
    static List<String> statements(String text, int max) {
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

    /** Mean over the job's statements of the highest cosine to any resume statement; null when either is empty. */
    static Double coverage(List<float[]> job, List<float[]> resume) {
        if (job.isEmpty() || resume.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (float[] wanted : job) {
            double best = -1;
            for (float[] offered : resume) {
                best = Math.max(best, MatchingService.cosine(wanted, offered));
            }
            sum += best;
        }
        return sum / job.size();
    }

    /**
     * Coverage both ways, averaged: how much of the job the resume speaks to, and how much of the resume is about
     * this job (a precision/recall pair, like BERTScore); null when either text has no statements.
     */
    static Double symmetric(List<float[]> job, List<float[]> resume) {
        Double recall = coverage(job, resume);
        return recall == null ? null : (recall + coverage(resume, job)) / 2;
    }
}
