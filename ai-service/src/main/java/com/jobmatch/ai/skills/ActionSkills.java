package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;
import com.jobmatch.contract.model.TaxonomySkill;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Skills named by a verb of making or judging ("design user interface", "develop new products", "evaluate project
 * plans") are the act, not the thing acted on: a resume that names only the thing ("GUI testing", "a degree in
 * Management Information Systems", "project plans") does not state that the person designs, develops or evaluates
 * it. ESCO's alternative labels and Stack Overflow's tags often are only the thing ("user interface", "gui",
 * "information system"); in the evidence audit (bench/evidence-audit-session8.jsonl) such readings were a fifth of
 * the false citations. Light verbs ("provide patient care", "operate forklift", "use spreadsheets") are left out on
 * purpose: there the thing named is evidence enough ("patient care", "forklift").
 */
final class ActionSkills {

    private static final Set<String> VERBS = Set.of(
            "design", "develop", "create", "build", "construct", "evaluate", "assess", "audit", "plan", "manage",
            "supervise", "teach", "write", "draft", "analyse", "analyze");

    /** The stem each verb's noun and -ing forms share ("design", "creat", "manag"), so "UI design" names the act. */
    private static final List<String> VERB_STEMS = VERBS.stream().map(ActionSkills::stemOf).toList();

    private ActionSkills() {
    }

    private static String stemOf(String verb) {
        if (verb.equals("plan")) {
            return "plann"; // "plant" is no planning; "plan" and "plans" are matched whole
        }
        return verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
    }

    /** Whether the skill's name starts with a verb of making or judging. */
    static boolean isAction(TaxonomySkill skill) {
        String name = skill.name().strip().toLowerCase(Locale.ROOT);
        int space = name.indexOf(' ');
        return space > 0 && VERBS.contains(name.substring(0, space));
    }

    /** Whether the words name the act (any verb of making or judging, in any form: "UI design", "developed"). */
    static boolean statesAnAct(List<Token> words) {
        for (Token word : words) {
            String lower = word.surface().toLowerCase(Locale.ROOT);
            if (lower.equals("plan") || lower.equals("plans")) {
                return true;
            }
            for (String stem : VERB_STEMS) {
                if (lower.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a label or phrase may stand for the skill: anything for most skills, the act for an action skill. */
    static boolean mayName(String label, TaxonomySkill skill) {
        return !isAction(skill) || statesAnAct(SkillText.tokens(label));
    }
}
