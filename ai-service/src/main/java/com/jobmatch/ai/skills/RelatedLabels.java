package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;
import com.jobmatch.contract.model.TaxonomySkill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which of a skill's synonyms name the skill itself and which only come near it. ESCO lists, beside true synonyms,
 * broader terms and neighbouring concepts among a skill's alternative labels: "system integration" for ICT system
 * integration, "systems development" for develop instrumentation systems, "professional service" for maintain
 * customer service, "cash flow" for both handle and manage cash flow. In the evidence audit
 * (bench/evidence-audit-session10b.jsonl) such labels were the largest class of false EXACT citations: the text
 * says something related, not the skill. Two signs, both read from the taxonomy itself, not from a word list:
 * <ul>
 *   <li><b>A label that leaves out a word that says which.</b> The label shares words with the skill's name but
 *   lacks one of the name's distinguishing words: not the verb a competence opens with ("handle cash flow" is
 *   named by "cash flow", "issue purchase orders" by "purchase orders"), not the words after a product's first
 *   word ("Teradata" is Teradata Database), not a word so common in skill names that it names a kind rather than which one
 *   ("software", "systems", "management": in at least {@value #GENERIC_SHARE_PERCENT} % of names), not a
 *   qualifier in brackets ("Java (computer programming)"). "ICT", "instrumentation", "customer", "digital" say
 *   which; without them the label is broader. A label that shares no word with the name is another name for it
 *   ("Scrum", "ETL", "gestation") and is left alone.</li>
 *   <li><b>A label several skills claim.</b> When one of them has a name holding all the label's words, the label
 *   names that one ("software design" is create software design, not computer engineering); when none or several
 *   do ("cash flow", "technical documentation"), it names none of them.</li>
 * </ul>
 */
final class RelatedLabels {

    /** ESCO's category of skills named by a noun (a field), not by a verb and its object. */
    static final String KNOWLEDGE = "knowledge";
    /** A word in at least this share of skill names names a kind of thing, not which one. */
    static final int GENERIC_SHARE_PERCENT = 1;
    /** A word opening at least this share of the multi-word names it is in is a competence's verb (ESCO words them verb first). */
    static final double VERB_SHARE = 0.6;
    /** Two words are one when they share this many leading letters ("develop"/"development", "econom"). */
    static final int SHARED_STEM = 5;

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "and", "or", "for", "in", "on",
            "to", "with", "by", "as", "at", "from", "into", "up", "out", "off", "s",
            // quantifiers say how many, not which: "manage project" names manage several projects
            "several", "various", "multiple", "many", "all", "other", "each", "every", "some", "any");

    private final Map<String, Integer> inNames = new HashMap<>();
    private final Map<String, Integer> opensNames = new HashMap<>();
    private final int genericAt;
    /** Per synonym key, the skills that list it. */
    private final Map<String, List<TaxonomySkill>> claimedBy = new HashMap<>();
    /** Per skill id, the content words of its name without brackets (read once: every synonym is checked against them). */
    private final Map<String, List<String>> nameWords = new HashMap<>();

    RelatedLabels(List<TaxonomySkill> skills) {
        for (TaxonomySkill skill : skills) {
            List<String> words = contentWords(skill.name());
            nameWords.put(skill.skillId(), contentWords(withoutBrackets(skill.name())));
            words.stream().distinct().forEach(word -> inNames.merge(word, 1, Integer::sum));
            if (words.size() > 1) {
                opensNames.merge(words.getFirst(), 1, Integer::sum);
            }
            for (String synonym : skill.synonyms()) {
                List<TaxonomySkill> claimants = claimedBy.computeIfAbsent(SkillText.key(synonym), key -> new ArrayList<>(1));
                if (!claimants.contains(skill)) {
                    claimants.add(skill);
                }
            }
        }
        genericAt = Math.max(2, skills.size() * GENERIC_SHARE_PERCENT / 100);
    }

    /** Whether the synonym only comes near the skill (a broader term, a neighbour's label) rather than naming it. */
    boolean isRelated(String synonym, TaxonomySkill skill) {
        return leavesOutWhich(synonym, skill) || !namesOnly(synonym, skill);
    }

    /**
     * Whether a phrase linked to the skill by similarity holds the words of its name that say which, so it names the
     * skill in other forms ("Performed data analysis" for perform data analysis, "problem solver" for solve problems)
     * rather than coming near it ("bank statements" for financial statements). A skill named by a verb of making or
     * judging ({@link ActionSkills}) is named only with its verb: "project plans" is not evaluate project plans.
     */
    boolean holdsName(String phrase, TaxonomySkill skill) {
        List<String> words = contentWords(phrase);
        List<String> name = nameOf(skill);
        boolean actNamed = !ActionSkills.isAction(skill) || words.stream().anyMatch(word -> same(word, name.getFirst()));
        return actNamed && words.stream().anyMatch(word -> name.stream().anyMatch(other -> same(word, other)))
                && !leavesOutWhich(phrase, skill);
    }

    /**
     * The skill a label several skills claim names: the one whose name holds all the label's words, else the
     * skill given (it is then related, see {@link #isRelated}).
     */
    TaxonomySkill owner(String synonym, TaxonomySkill skill) {
        List<TaxonomySkill> holding = holders(synonym);
        return holding.size() == 1 ? holding.getFirst() : skill;
    }

    private boolean namesOnly(String synonym, TaxonomySkill skill) {
        List<TaxonomySkill> claimants = claimedBy.getOrDefault(SkillText.key(synonym), List.of());
        if (claimants.size() < 2) {
            return true;
        }
        List<TaxonomySkill> holding = holders(synonym);
        return holding.size() == 1 && holding.getFirst().equals(skill);
    }

    private List<TaxonomySkill> holders(String synonym) {
        List<String> words = contentWords(synonym);
        return claimedBy.getOrDefault(SkillText.key(synonym), List.of()).stream()
                .filter(claimant -> !words.isEmpty() && words.stream().allMatch(word -> nameOf(claimant)
                        .stream().anyMatch(other -> same(word, other)))).toList();
    }

    private boolean leavesOutWhich(String synonym, TaxonomySkill skill) {
        List<String> label = contentWords(synonym);
        List<String> name = nameOf(skill);
        if (label.stream().noneMatch(word -> name.stream().anyMatch(other -> same(word, other)))) {
            return false;
        }
        if (isProductsShortName(label, skill, name)) {
            return false;
        }
        boolean objectOnly = !KNOWLEDGE.equals(skill.category()) && name.size() > 1
                && label.equals(name.subList(1, name.size()));
        for (int i = 0; i < name.size(); i++) {
            String word = name.get(i);
            // The competence's verb: a word that opens most names it is in, or the one word a label of the object
            // alone leaves out ("purchase orders" for issue purchase orders).
            boolean verb = i == 0 && name.size() > 1 && (isVerb(word) || objectOnly);
            if (!verb && inNames.getOrDefault(word, 0) < genericAt
                    && label.stream().noneMatch(other -> same(word, other))) {
                return true;
            }
        }
        return false;
    }

    private List<String> nameOf(TaxonomySkill skill) {
        return nameWords.computeIfAbsent(skill.skillId(), id -> contentWords(withoutBrackets(skill.name())));
    }

    /** A product's name keeps its first, capitalised word: "Teradata" is Teradata Database. */
    private static boolean isProductsShortName(List<String> label, TaxonomySkill skill, List<String> name) {
        String written = skill.name().strip();
        return !written.isEmpty() && Character.isUpperCase(written.charAt(0)) && !FalseFriends.isAllCapitals(
                written.split("\\s+")[0]) && !label.isEmpty() && same(label.getFirst(), name.getFirst());
    }

    private boolean isVerb(String word) {
        int opens = opensNames.getOrDefault(word, 0);
        return opens > 1 && opens >= VERB_SHARE * inNames.getOrDefault(word, 0);
    }

    private static String withoutBrackets(String name) {
        return name.replaceAll("\\([^)]*\\)", " ");
    }

    static List<String> contentWords(String label) {
        List<String> words = new ArrayList<>();
        for (Token token : SkillText.tokens(label)) {
            String word = token.key().toLowerCase(Locale.ROOT);
            if (!FUNCTION_WORDS.contains(word) && word.chars().anyMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        return words;
    }

    /** One word in two forms: the same key, or the same first {@value #SHARED_STEM} letters. */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return a.length() >= SHARED_STEM && b.length() >= SHARED_STEM && a.regionMatches(0, b, 0, SHARED_STEM);
    }
}
