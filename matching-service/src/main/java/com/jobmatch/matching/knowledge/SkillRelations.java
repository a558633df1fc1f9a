package com.jobmatch.matching.knowledge;

import com.jobmatch.contract.model.TaxonomySkill;
import com.jobmatch.matching.scoring.SkillMatcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which skills count as related (SIMILAR credit). Two conditions, both needed:
 * <ol>
 *   <li><b>Support</b>: co-occurrence in the catalogue that rests on enough postings. The share of postings asking
 *   for either skill that ask for both is taken at the lower end of its 95 % Wilson interval: a pair seen together
 *   in 3 of 5 postings (Jaccard 0.6) is 0.23 at worst and gives no credit (below {@link SkillMatcher#MIN_SIMILARITY}),
 *   one seen in 60 of 100 is 0.50 at worst and does.</li>
 *   <li><b>Substitutes, not complements</b>: co-occurrence alone says two skills are asked for together, which is
 *   what complements do: accounting postings ask for Microsoft Excel, economics sits beside accounting, and the
 *   audited explanations that cited Excel as evidence of accounting were judged false every time
 *   (bench/evidence-audit-after.jsonl). So a tool relates only to a tool of the same specific O*NET technology
 *   category (Tableau and Power BI: "business intelligence and data analysis software"), and any other skill only to
 *   one whose name shares a distinctive word stem with it ("electrical engineering" and "electricity", "data models"
 *   and "create data models"). A stem is distinctive when fewer than {@link #COMMON_STEM_SHARE} of all taxonomy
 *   names use it: "manage", "system" or "software" (in 3-5 % of names each) say nothing about a skill's subject.</li>
 * </ol>
 * Apart from co-occurrence, a product is related to the skill it is named after ({@link #namedAfter}): "SQL Server"
 * and SQL. Tried and left out: O*NET technology groups alone (too coarse: "web platform development software" makes
 * ColdFusion related to PostgreSQL, bench/five-resume-check.sh). ESCO's own skill relations (broader/narrower) would
 * belong here; the shipped ESCO data does not carry them.
 */
public final class SkillRelations {

    static final double COMMON_STEM_SHARE = 0.02;
    private static final int STEM = 6;
    private static final int MIN_WORD = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * How near a product is to the skill it is named after: related, never the skill itself (credited at
     * {@link SkillMatcher#SIMILAR_CREDIT} of this), and nearer than most co-occurrence relations, whose lower bounds
     * rarely pass 0.6.
     */
    static final double NAMED_AFTER = 0.75;
    /** A first word that opens this many tools' names is their maker's ("Oracle", "Esri", "Cisco"). */
    static final int MAKER_NAMES = 3;
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}+#]+");

    /** A taxonomy entry as far as relating it goes. */
    public record Skill(String id, String name, String category) {
        boolean isTool() {
            return TaxonomySkill.isTechnology(category);
        }
    }

    private final Map<String, Map<String, Double>> neighbours = new HashMap<>();
    private final Map<String, Integer> stemUse = new HashMap<>();
    private final int names;

    /** @param allNames every skill name of the taxonomy, to tell distinctive word stems from common ones */
    public SkillRelations(Collection<String> allNames) {
        for (String name : allNames) {
            stems(name).forEach(stem -> stemUse.merge(stem, 1, Integer::sum));
        }
        this.names = Math.max(1, allNames.size());
    }

    /** Adds a co-occurring pair with its co-occurrence count and Jaccard similarity as stored, if they can substitute. */
    public void coOccurring(Skill a, Skill b, int together, double jaccard) {
        if (together <= 0 || jaccard <= 0 || !substitutes(a, b)) {
            return;
        }
        long either = Math.round(together / jaccard);
        relate(a.id(), b.id(), WilsonInterval.lowerBound((double) together / either, either));
    }

    /**
     * Relates each product (a tool, or a skill named with a capital) to the skill whose name its own name opens with,
     * or holds right after its maker's name (a first word that opens {@value #MAKER_NAMES} or more tools' names): "SQL
     * Server" and "Microsoft SQL Server" to SQL, "Oracle Database" to database, "Java EE" to Java. Using a product is
     * using the skill it is named after, so a recruiter accepts the product as related evidence of the skill (one way:
     * knowing databases says nothing of Oracle Database), and "Has N of M required skills" still counts only direct
     * evidence. A word inside a word is no name (JavaScript is not Java), nor is a word in capitals the same as one
     * that is not ("Cisco IOS" is not Apple's iOS). Before this, a web developer listing SQL Server and MySQL lacked
     * "SQL" (bench/five-resume-check.sh).
     */
    public void namedAfter(Collection<Skill> skills) {
        Map<Skill, List<String>> wordsOf = new HashMap<>();
        Map<String, List<Skill>> byName = new HashMap<>();
        Map<String, Integer> opens = new HashMap<>();
        for (Skill skill : skills) {
            List<String> words = nameWords(skill.name());
            wordsOf.put(skill, words);
            byName.computeIfAbsent(lower(words), key -> new ArrayList<>()).add(skill);
            if (skill.isTool() && words.size() > 1) {
                opens.merge(words.getFirst().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        for (Skill product : skills) {
            List<String> words = wordsOf.get(product);
            if (!(product.isTool() || isName(product.name())) || words.size() < 2) {
                continue;
            }
            boolean maker = opens.getOrDefault(words.getFirst().toLowerCase(Locale.ROOT), 0) >= MAKER_NAMES;
            for (int from = 0; from <= (maker ? 1 : 0); from++) {
                // A run of the name's words, never the whole name: that is the product itself.
                for (int to = from + 1; to <= (from == 0 ? words.size() - 1 : words.size()); to++) {
                    List<String> run = words.subList(from, to);
                    for (Skill skill : byName.getOrDefault(lower(run), List.of())) {
                        if (sameCapitals(run, wordsOf.get(skill))) {
                            neighbours.computeIfAbsent(product.id(), key -> new HashMap<>())
                                    .merge(skill.id(), NAMED_AFTER, Math::max);
                        }
                    }
                }
            }
        }
    }

    /** A name written with a capital is a product's, whatever its category: ESCO files "SQL Server" as knowledge. */
    private static boolean isName(String name) {
        return name != null && name.chars().anyMatch(Character::isUpperCase);
    }

    /** Words written the same but for case, unless one is in capitals and the other not ("IOS" and "iOS"). */
    private static boolean sameCapitals(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).length() > 1 && isCapitals(a.get(i)) != isCapitals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitals(String word) {
        return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String lower(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    private static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        Matcher matcher = NAME_WORD.matcher(name == null ? "" : name);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /**
     * canonical id of a candidate's skill -> (canonical id of a requirement it is related evidence of -> similarity);
     * co-occurrence relations hold both ways, a product's relation to the skill it is named after one way.
     */
    public Map<String, Map<String, Double>> neighbours() {
        return neighbours;
    }

    boolean substitutes(Skill a, Skill b) {
        if (a.isTool() || b.isTool()) {
            return a.isTool() && b.isTool() && a.category().equalsIgnoreCase(b.category());
        }
        Set<String> shared = stems(a.name());
        shared.retainAll(stems(b.name()));
        return shared.stream().anyMatch(stem -> stemUse.getOrDefault(stem, 0) < COMMON_STEM_SHARE * names);
    }

    static Set<String> stems(String name) {
        Set<String> stems = new HashSet<>();
        Matcher words = WORD.matcher(name == null ? "" : name.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            if (word.length() >= MIN_WORD) {
                stems.add(word.substring(0, Math.min(STEM, word.length())));
            }
        }
        return stems;
    }

    private void relate(String a, String b, double similarity) {
        if (a.equals(b) || similarity <= 0) {
            return;
        }
        neighbours.computeIfAbsent(a, key -> new HashMap<>()).merge(b, similarity, Math::max);
        neighbours.computeIfAbsent(b, key -> new HashMap<>()).merge(a, similarity, Math::max);
    }
}
