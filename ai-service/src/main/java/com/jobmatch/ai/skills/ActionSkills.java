package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;
import com.jobmatch.contract.model.TaxonomySkill;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Skills named by a verb of making, judging, directing or advising ("design user interface", "evaluate project plans",
 * "manage staff", "coordinate engineering teams", "advise on lesson plans") are the act, not the thing acted on: a
 * resume that names only the thing ("GUI testing", "a degree in Management Information Systems", "project plans",
 * "worked closely with the engineering team", a teacher's own "lesson plans") does not state that the person designs,
 * evaluates, directs or advises others on it. ESCO's alternative labels and Stack
 * Overflow's tags often are only the thing ("user interface", "gui", "information system", "engineering team",
 * "quality control"); in the evidence audit (bench/evidence-audit-session8.jsonl) such readings were a fifth of the
 * false citations, and postings that mention their own engineering team asked every candidate to coordinate it (19
 * of the 280 fit-pairs postings). Light verbs ("provide patient care", "operate forklift", "use spreadsheets") are
 * left out on purpose: there the thing named is evidence enough ("patient care", "forklift").
 */
final class ActionSkills {

    /**
     * ESCO names 238 skills by advising ("advise on tax planning", "advise on curriculum development"): advice given to
     * others on a thing, which doing the thing oneself does not state.
     */
    private static final Set<String> ADVISING = Set.of("advise", "consult", "counsel");

    /**
     * The verbs, by kind of act: the thing is evidence of the act after a verb of its kind ("Led the engineering team"
     * coordinates it), not of another ("Managed the information system" designs none).
     */
    private static final List<Set<String>> KINDS = List.of(
            Set.of("design", "develop", "create", "build", "construct"),
            Set.of("evaluate", "assess", "audit", "analyse", "analyze"),
            Set.of("plan"),
            Set.of("manage", "supervise", "coordinate", "oversee", "lead", "direct"),
            Set.of("teach"),
            Set.of("write", "draft"),
            ADVISING);

    /** Each verb with the verbs of its kind. */
    private static final Map<String, Set<String>> KIND_OF = KINDS.stream()
            .flatMap(kind -> kind.stream().map(verb -> Map.entry(verb, kind)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Set<String> VERBS = KIND_OF.keySet();

    /** Forms of those verbs their stem does not begin: "led", "oversaw", "oversight". */
    private static final Set<String> IRREGULAR_FORMS = Set.of("plan", "plans", "led", "oversaw", "oversight");

    /** Past forms their verb's stem does not make. */
    private static final Map<String, String> IRREGULAR_PAST = Map.of("led", "lead", "oversaw", "oversee",
            "overseen", "oversee", "built", "build", "taught", "teach", "wrote", "write", "written", "write");

    /**
     * The stem each verb's noun and -ing forms share ("design", "creat", "manag"), so "UI design" names the act. Any act
     * of making, judging or directing names such a skill's; advice only advising ("curriculum development" is no
     * advice on it, "curriculum consulting" is), and "consulting" names no act of making.
     */
    private static final List<String> VERB_STEMS = VERBS.stream().filter(verb -> !ADVISING.contains(verb))
            .map(ActionSkills::stemOf).toList();
    private static final List<String> ADVISING_STEMS = ADVISING.stream().map(ActionSkills::stemOf).toList();

    private ActionSkills() {
    }

    private static String stemOf(String verb) {
        if (verb.equals("plan")) {
            return "plann"; // "plant" is no planning; "plan" and "plans" are matched whole
        }
        return verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
    }

    /**
     * Whether the word is a verb of the act the skill is named by, as a verb (base, -s, -ed, -ing or irregular past:
     * "Coordinated", "leading", "Led"), not a noun that names a kind of thing ("Management Information Systems").
     */
    static boolean actsAs(Token word, TaxonomySkill skill) {
        Set<String> kind = KIND_OF.get(firstWord(skill));
        String verb = verbOf(word.surface().toLowerCase(Locale.ROOT));
        return kind != null && verb != null && kind.contains(verb);
    }

    private static String verbOf(String word) {
        if (IRREGULAR_PAST.containsKey(word)) {
            return IRREGULAR_PAST.get(word);
        }
        for (String verb : VERBS) {
            String stem = verb.endsWith("ee") ? verb : stemOf(verb);
            if (word.equals(verb) || word.equals(verb + "s") || word.equals(verb + "es") || word.equals(stem + "ed")
                    || word.equals(stem + "ing")) {
                return verb;
            }
        }
        return null;
    }

    /** Whether the skill's name starts with a verb of making, judging, directing or advising. */
    static boolean isAction(TaxonomySkill skill) {
        return VERBS.contains(firstWord(skill));
    }

    /** The first word of a name of several words ("coordinate" of coordinate engineering teams); "" for one word. */
    private static String firstWord(TaxonomySkill skill) {
        String name = skill.name().strip().toLowerCase(Locale.ROOT);
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : "";
    }

    /**
     * Whether the words name the act: any verb of making, judging or directing, in any form ("UI design", "led"), or for
     * advice a verb of advising ("advisory", "consulting").
     */
    private static boolean statesAnAct(List<Token> words, boolean advice) {
        for (Token word : words) {
            String lower = word.surface().toLowerCase(Locale.ROOT);
            if (!advice && IRREGULAR_FORMS.contains(lower)) {
                return true;
            }
            for (String stem : advice ? ADVISING_STEMS : VERB_STEMS) {
                if (lower.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a label or phrase may stand for the skill: anything for most skills, the act for an action skill. */
    static boolean mayName(String label, TaxonomySkill skill) {
        String act = firstWord(skill);
        return !VERBS.contains(act) || statesAnAct(SkillText.tokens(label), ADVISING.contains(act));
    }
}
