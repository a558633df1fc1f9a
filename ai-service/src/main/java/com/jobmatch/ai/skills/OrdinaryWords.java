package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;
import com.jobmatch.contract.model.TaxonomySkill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which one-word skill aliases are also ordinary words ("project", "reports", "team", "drive", "sound"), decided
 * from data rather than a hand list. A word is ordinary when either source says so:
 * <ul>
 *   <li>annotated postings: in SkillSpan's train split (the shipped counts, see bench/skill-word-use.py) it occurs
 *   at least {@value #MIN_SEEN} times and mostly outside skill spans;</li>
 *   <li>the taxonomy itself: it is written in lower case inside the multi-word phrases (not tags) of at least
 *   {@value #MIN_OTHER_LABELS} other skills ("write reports", "site safety", "classroom management"), so the
 *   taxonomy's own language uses it as a common word, not as a name.</li>
 * </ul>
 * A single letter is never evidence on its own either ("C", "R").
 */
final class OrdinaryWords {

    static final String WORD_USE = "skills/skillspan-word-use.tsv";
    static final int MIN_SEEN = 3;
    static final double MAX_SKILL_SHARE = 0.5;
    static final int MIN_OTHER_LABELS = 2;

    private static final Set<String> SKILLSPAN_ORDINARY = readWordUse();

    /** Per word key, up to {@link #MIN_OTHER_LABELS} + 1 skills whose multi-word labels use it in lower case. */
    private final Map<String, Set<String>> commonIn = new HashMap<>();

    OrdinaryWords(List<TaxonomySkill> skills) {
        for (TaxonomySkill skill : skills) {
            countLowerCaseWords(skill.name(), skill.skillId());
            skill.synonyms().forEach(synonym -> countLowerCaseWords(synonym, skill.skillId()));
        }
    }

    /** Whether the one-word hit {@code token} is, for {@code skill}, also an ordinary word. */
    boolean isOrdinary(Token token, TaxonomySkill skill) {
        if (token.key().length() == 1) {
            return true;
        }
        return SKILLSPAN_ORDINARY.contains(token.key()) || isCommonWordOfLabels(token, skill);
    }

    /**
     * Whether the word is, for {@code skill}, a common word of the taxonomy's own language: written in lower case in the
     * labels of at least {@value #MIN_OTHER_LABELS} other skills ("project", "analytics", "reports", and "excel" as a
     * verb: a one-word hit on it needs the text to say it is a name, {@link FalseFriends}).
     */
    private boolean isCommonWordOfLabels(Token token, TaxonomySkill skill) {
        Set<String> users = commonIn.get(token.key());
        if (users == null) {
            return false;
        }
        int others = users.contains(skill.skillId()) ? users.size() - 1 : users.size();
        return others >= MIN_OTHER_LABELS;
    }

    /** Whether any multi-word label of the taxonomy writes the word in lower case ("blogging", not "salesforce"). */
    boolean writtenInLowerCase(String word) {
        return commonIn.containsKey(SkillText.key(word));
    }

    private void countLowerCaseWords(String label, String skillId) {
        List<Token> words = SkillText.tokens(label);
        if (words.size() < 2 || !label.strip().contains(" ")) {
            // Only phrases show the taxonomy's language: Stack Overflow tags ("sql-query", "ms-sql-server") are lower
            // case by convention, and made "sql" a common word, so a resume's "Sql" was no evidence of SQL.
            return;
        }
        for (Token word : words) {
            if (SkillText.isLowerCase(word.surface())) {
                Set<String> users = commonIn.computeIfAbsent(word.key(), key -> new HashSet<>(4));
                if (users.size() <= MIN_OTHER_LABELS) {
                    users.add(skillId);
                }
            }
        }
    }

    private static Set<String> readWordUse() {
        Map<String, int[]> counts = new HashMap<>();
        InputStream in = OrdinaryWords.class.getClassLoader().getResourceAsStream(WORD_USE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + WORD_USE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                // Counted by key, so "projects" and "project" add up the way the dictionary reads them.
                int[] count = counts.computeIfAbsent(SkillText.key(fields[0]), key -> new int[2]);
                count[0] += Integer.parseInt(fields[1]);
                count[1] += Integer.parseInt(fields[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> ordinary = new HashSet<>();
        counts.forEach((key, count) -> {
            int seen = count[0] + count[1];
            if (seen >= MIN_SEEN && count[0] < MAX_SKILL_SHARE * seen) {
                ordinary.add(key);
            }
        });
        return Set.copyOf(ordinary);
    }
}
