package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A role or a unit the writer worked with is someone else's: "Communicated with Application Developers, Project Manager
 * and other Team Members", "Collaborated with Product Management and User Experience experts", "Partners with project
 * management and development team members", "Partnering with the management staff" (bench/evidence-audit-session25u-
 * census.jsonl: all four judged false, as project management, product management and managing staff). It takes both
 * signs in one clause: a verb of working together before "with", and a phrase that ends in a word for a role or a unit
 * ("manager", "management", "staff", "team") with nothing but other people named between. "Experience with project
 * management" (no such verb), "worked with multiple databases" (no role) and "work with team members to perform risk
 * management" (the writer's own act after "to") stay evidence.
 */
final class WorkedWith {

    /** Beginnings of the verbs of working together: collaborated, communicating, partners, liaised, met, discussed. */
    private static final List<String> TOGETHER = List.of("collaborat", "communicat", "partner", "liais", "interfac",
            "coordinat", "meet", "discuss", "consult", "work", "cooperat");

    private static final Set<String> ROLES_OR_UNITS = Set.of("manager", "managers", "management", "lead", "leads",
            "leader", "leaders", "leadership", "owner", "owners", "staff", "personnel", "team", "teams", "members",
            "director", "directors", "officer", "officers", "supervisor", "supervisors", "executive", "executives",
            "department", "departments", "group", "groups", "unit", "committee");

    /** Words that end the list of people after "with" and start what the writer does with them. */
    private static final Set<String> PURPOSE = Set.of("to", "for", "that", "who", "which", "by", "in", "on", "at",
            "from", "into", "while");

    /** Words a verb may put between itself and "with": "discussed details with", "worked closely with". */
    static final int VERB_REACH = 2;
    /** Words between "with" and the role: other people named before it ("with Application Developers, Project Manager"). */
    static final int OBJECT_REACH = 8;

    private WorkedWith() {
    }

    /** Whether the phrase at tokens {@code first} to {@code last} names a role or unit the writer worked with. */
    static boolean named(List<Token> tokens, int first, int last) {
        if (!ROLES_OR_UNITS.contains(tokens.get(last).surface().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = first - 1; i >= 0 && i >= first - 1 - OBJECT_REACH; i--) {
            if (tokens.get(i + 1).opensClause() || PURPOSE.contains(tokens.get(i).key())) {
                return false; // "work with team members to perform risk management": the writer's own act
            }
            if (tokens.get(i).key().equals("with")) {
                return togetherBefore(tokens, i);
            }
        }
        return false;
    }

    /** As {@link #named(List, int, int)} for the phrase at characters {@code start} to {@code end}. */
    static boolean namedAt(List<Token> tokens, int start, int end) {
        int[] words = SkillText.within(tokens, start, end);
        return words != null && named(tokens, words[0], words[1]);
    }

    private static boolean togetherBefore(List<Token> tokens, int with) {
        return SkillText.inClauseBefore(tokens, with - 1, VERB_REACH, token -> {
            String word = token.surface().toLowerCase(Locale.ROOT);
            return word.equals("met") || TOGETHER.stream().anyMatch(word::startsWith);
        });
    }
}
