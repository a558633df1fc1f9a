package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;
import com.jobmatch.contract.model.TaxonomySkill;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A site or tool named as the way to reach someone is no skill asked or shown: "follow us on LinkedIn", "send your
 * resume through LinkedIn", "apply through Workday", "connect with me on LinkedIn", and a site's name written as the
 * label of its address ("LinkedIn: https://www.linkedin.com/...") (12 of the 280 fit-pairs postings asked every
 * candidate for LinkedIn this way). It takes a verb of reaching and, right before the name in the same clause, a
 * preposition of the channel or a possessive ("follow our LinkedIn page"), or the address right after the name;
 * "managed our LinkedIn and Facebook pages" stays a skill.
 */
final class Channels {

    private static final Set<String> REACHING = Set.of("follow", "apply", "send", "submit", "connect", "visit",
            "message", "contact", "reach", "find", "join");

    /** The verbs that make a site after a possessive a channel: "follow our LinkedIn page", not "apply your Java skills". */
    private static final Set<String> SOCIAL = Set.of("follow", "visit", "join", "connect", "message", "like");

    private static final Set<String> THROUGH = Set.of("on", "through", "via");

    private static final Set<String> POSSESSIVES = Set.of("our", "my", "your");

    /** Words between the verb and the preposition: "send your resume directly through". */
    static final int VERB_REACH = 4;

    private Channels() {
    }

    /** Whether the tool or site {@code skill}, named at tokens {@code first} to {@code last}, is named as a channel. */
    static boolean named(List<Token> tokens, int first, int last, TaxonomySkill skill) {
        return skill.isTechnology() && (reachedThrough(tokens, first) || labelsAnAddress(tokens, last));
    }

    /** As {@link #named(List, int, int, TaxonomySkill)} for the phrase at characters {@code start} to {@code end}. */
    static boolean namedAt(List<Token> tokens, int start, int end, TaxonomySkill skill) {
        int[] words = SkillText.within(tokens, start, end);
        return words != null && named(tokens, words[0], words[1], skill);
    }

    private static boolean reachedThrough(List<Token> tokens, int first) {
        int i = first - 1;
        boolean owned = i >= 0 && !tokens.get(i + 1).opensClause() && isWord(tokens.get(i), POSSESSIVES);
        if (owned || (i >= 0 && !tokens.get(i + 1).opensClause() && tokens.get(i).key().equals("the"))) {
            i--; // "follow our LinkedIn page", "on the LinkedIn page"
        }
        boolean through = i >= 0 && !tokens.get(i + 1).opensClause() && isWord(tokens.get(i), THROUGH);
        if (through) {
            i--;
        }
        if (!owned && !through) {
            return false;
        }
        Set<String> verbs = through ? REACHING : SOCIAL;
        return SkillText.inClauseBefore(tokens, i, VERB_REACH, token -> verbs.stream().anyMatch(token.key()::startsWith));
    }

    private static boolean labelsAnAddress(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last + 1);
        String address = next.surface().toLowerCase(Locale.ROOT);
        return next.gapBefore().strip().matches("[:\\-–]?") && (address.startsWith("http") || address.startsWith("www."));
    }

    private static boolean isWord(Token token, Set<String> words) {
        return words.contains(token.surface().toLowerCase(Locale.ROOT));
    }
}
