package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A skill that names the job the writer is after is a wish, not a skill: "seeking a full-time, accounting position",
 * "looking for a nursing role" (bench/evidence-audit-session10b.jsonl: an objective read as accounting). It takes
 * both signs in one clause: a word of seeking before the skill, and a word for a job right after it. "Held an
 * accounting position" (no seeking) and "seeking to grow my accounting skills" (no job word) stay evidence.
 */
final class WantedJob {

    private static final Set<String> SEEKING = Set.of("seeking", "seek", "seeks", "looking", "pursue", "pursuing",
            "obtain", "secure", "desire", "desiring", "interested", "apply", "applying", "aspiring");

    private static final Set<String> JOBS = Set.of("position", "positions", "role", "roles", "job", "jobs",
            "opportunity", "opportunities", "opening", "openings", "career", "vacancy");

    private WantedJob() {
    }

    /** Whether the skill at tokens {@code first} to {@code last} names the job sought in its clause. */
    static boolean named(List<Token> tokens, int first, int last) {
        if (last + 1 >= tokens.size() || !tokens.get(last + 1).joined()
                || !JOBS.contains(tokens.get(last + 1).surface().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = first - 1; i >= 0; i--) {
            if (SEEKING.contains(tokens.get(i).surface().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (tokens.get(i).opensClause()) {
                return false;
            }
        }
        return false;
    }

    /** As {@link #named(List, int, int)} for the phrase at characters {@code start} to {@code end}. */
    static boolean namedAt(List<Token> tokens, int start, int end) {
        int[] words = SkillText.within(tokens, start, end);
        return words != null && named(tokens, words[0], words[1]);
    }
}
