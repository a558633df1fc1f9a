package com.jobmatch.resume.bench;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Field precision/recall on gold values, as both resume benches count them: normalised values, lenient containment. */
final class FieldScores {

    private FieldScores() {
    }

    /** Adds to counts: [predicted that match gold, predicted, gold that are matched, gold]. */
    static void score(Set<String> gold, Set<String> predicted, int[] counts) {
        counts[0] += (int) predicted.stream().filter(p -> gold.stream().anyMatch(g -> matches(p, g))).count();
        counts[1] += predicted.size();
        counts[2] += (int) gold.stream().filter(g -> predicted.stream().anyMatch(p -> matches(p, g))).count();
        counts[3] += gold.size();
    }

    /** Precision, recall and F1 of such counts. */
    static double[] prf(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[3] == 0 ? 0 : (double) c[2] / c[3];
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    /** Equal, or the shorter (at least 4 characters) inside the longer: gold spans and parsed fields cut differently. */
    static boolean matches(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 4 && longer.contains(shorter);
    }

    /**
     * The matching rule of bench/resume-structuring.sh (stated in bench/resume-gold-audit.md), the same for every
     * parser: {@link #matches(String, String)}, or the shorter value is the longer's first whole words whatever its
     * length ("tcs" = "tcs", "csc" = "csc india", "b.e" = "b.e in mechanical engineering"), and a company is
     * compared without its trailing legal form ("infosys limited" = "infosys ltd" = "infosys").
     */
    static boolean matches(String field, String a, String b) {
        if (field.equals("company")) {
            a = withoutLegalForm(a);
            b = withoutLegalForm(b);
        }
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return matches(a, b) || longer.startsWith(shorter + " ");
    }

    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "(?:\\s+(?:pvt|private|ltd|limited|inc|incorporated|corp|corporation|llc|llp|plc|co|company|gmbh)\\.?)+$");

    static String withoutLegalForm(String company) {
        return LEGAL_FORM.matcher(company).replaceAll("").strip();
    }

    /** As {@link #score(Set, Set, int[])}, with the field's matching rule {@link #matches(String, String, String)}. */
    static void score(String field, Set<String> gold, Set<String> predicted, int[] counts) {
        counts[0] += (int) predicted.stream().filter(p -> gold.stream().anyMatch(g -> matches(field, p, g))).count();
        counts[1] += predicted.size();
        counts[2] += (int) gold.stream().filter(g -> predicted.stream().anyMatch(p -> matches(field, p, g))).count();
        counts[3] += gold.size();
    }

    /** The values lower-cased, punctuation runs as one space, empties left out. */
    static Set<String> set(Collection<String> values) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null) {
                String normalized = value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.+#]+", " ").strip();
                if (!normalized.isEmpty()) {
                    result.add(normalized);
                }
            }
        }
        return result;
    }
}
